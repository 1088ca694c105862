using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using TwoStep.Application.Common;
using TwoStep.Application.Sms;
using TwoStep.Application.Users;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Persistence;
using TwoStep.Infrastructure.Silo;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.Silo;

public sealed class TwoStepSiloTests
{
    [Fact]
    public async Task A_silo_on_ADO_NET_clustering_registers_itself_as_active_and_enrolls_a_user()
    {
        await using var database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);
        var siloPort = FreePort.Next();
        var settings = TestSettings.For(database.ConnectionString);
        settings["Orleans:ClusterId"] = "silo-test";
        settings["Orleans:SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture);
        settings["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTwoStepInfrastructure(builder.Configuration);
        builder.Services.AddSingleton<ISmsSender, RecordingSmsSender>();
        builder.UseOrleans(silo => silo.UseTwoStepSilo(builder.Configuration));
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var user = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IUserGrain>("silo-user");
            var caller = new Caller("silo-user", null, null, IdentityProvider.Password, DateTimeOffset.UtcNow);
            var sms = (RecordingSmsSender)host.Services.GetRequiredService<ISmsSender>();

            (await user.StartEnrollment(caller, "+447400123456")).Unwrap();
            var code = SmsCodes.LastTo(sms, "+447400123456");
            var confirmed = (await user.ConfirmEnrollment(caller, code)).Unwrap();

            Assert.True(confirmed.TwoStep.Enabled);
            var active = await database.ScalarAsync<long>(
                "SELECT count(*) FROM orleansmembershiptable "
                + "WHERE deploymentid = 'silo-test' AND status = 3 AND address = '127.0.0.1' AND port = @port",
                ("port", siloPort));
            Assert.Equal(1, active);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_silo_without_a_connection_string_refuses_to_start_naming_the_key()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseTwoStepSilo(builder.Configuration));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.StartsWith("ConnectionStrings:TwoStep is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defunct_silos_are_cleaned_up_and_a_cluster_can_be_deleted()
    {
        await using var database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);
        var settings = TestSettings.For(database.ConnectionString);
        settings["Orleans:ClusterId"] = "cleanup-test";
        settings["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseOrleans(silo => silo.UseTwoStepSilo(builder.Configuration));
        using var host = builder.Build();
        await host.StartAsync();
        var table = host.Services.GetRequiredService<IMembershipTable>();
        await database.ExecuteAsync(
            "INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, "
            + "status, proxyport, starttime, iamalivetime) VALUES ('cleanup-test', '127.0.0.1', 1, 1, 'old', "
            + "'old', 6, 0, now() - interval '2 days', now() - interval '2 days')");

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddDays(-1), CancellationToken.None);
        var afterCleanup = await database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = 'cleanup-test'");
        await host.StopAsync();
        await table.DeleteMembershipTableEntriesAsync("cleanup-test", CancellationToken.None);

        Assert.Equal(1, afterCleanup);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershipversiontable"));
    }
}
