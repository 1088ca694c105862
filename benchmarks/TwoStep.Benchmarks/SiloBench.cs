using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TwoStep.Application.Common;
using TwoStep.Application.Sms;
using TwoStep.Application.Users;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure;
using TwoStep.Infrastructure.Silo;

namespace TwoStep.Benchmarks;

/// <summary>
/// TwoStep's own path: an in-process silo with ADO.NET grain storage on the benchmark database,
/// driven through the user grains the way the GraphQL handlers drive them.
/// </summary>
internal sealed class SiloBench : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly CodeCatcher _sms;
    private readonly int _users;

    private SiloBench(IHost host, CodeCatcher sms, int users)
    {
        _host = host;
        _sms = sms;
        _users = users;
    }

    private IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<SiloBench> StartAsync(string connectionString, int users)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:TwoStep"] = connectionString,
            ["TwoStep:CodeHashKey"] = "benchmark-code-hash-key-of-at-least-32-characters",
            ["TwoStep:AllowedCountries:0"] = "GB",

            // Every user signs in several times a minute here: the send limits would refuse that.
            ["TwoStep:SendInterval"] = "00:00:00",
            ["TwoStep:MaxSendsPerHour"] = "1000",
            ["TwoStep:MaxSendsPerDay"] = "1000",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var sms = new CodeCatcher();
        builder.Services.AddSingleton<ISmsSender>(sms);
        builder.Services.AddTwoStepInfrastructure(builder.Configuration);
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddTwoStepGrainStorage(builder.Configuration));

        var host = builder.Build();
        await host.StartAsync();
        return new SiloBench(host, sms, users);
    }

    /// <summary>Turns two-step on for every user (not measured).</summary>
    public Task<Measurement> EnrollAsync(int concurrency) =>
        Measurement.Run("enrollment (setup)", _users, concurrency, async (i, cancellationToken) =>
        {
            var user = User(i, out var caller, out var phone);
            (await user.StartEnrollment(caller, phone)).Unwrap();
            (await user.ConfirmEnrollment(caller, _sms.CodeFor(phone))).Unwrap();
        });

    /// <summary>Sends a sign-in code to every user.</summary>
    public Task<Measurement> StartSignInsAsync(string name, int concurrency) =>
        Measurement.Run(name, _users, concurrency, async (i, cancellationToken) =>
        {
            var user = User(i, out var caller, out _);
            (await user.StartSignIn(caller)).Unwrap();
        });

    /// <summary>Completes every user's sign-in with the right code: one verification each.</summary>
    public Task<Measurement> CompleteSignInsAsync(string name, int concurrency) =>
        Measurement.Run(name, _users, concurrency, async (i, cancellationToken) =>
        {
            var user = User(i, out var caller, out var phone);
            (await user.CompleteSignIn(caller, _sms.CodeFor(phone), null)).Unwrap();
        });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private IUserGrain User(int index, out Caller caller, out string phone)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"bench-user-{index}");
        caller = new Caller(id, null, null, IdentityProvider.Password, DateTimeOffset.UtcNow);
        phone = string.Create(CultureInfo.InvariantCulture, $"+44{7400000000L + index}");
        return Grains.Get<IUserGrain>(id);
    }
}
