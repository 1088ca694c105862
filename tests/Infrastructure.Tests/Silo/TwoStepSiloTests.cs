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
    public async Task A_silo_on_ADO_NET_clustering_becomes_active_and_registers_itself()
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
            var code = SmsCodes.Last(sms);
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
}
