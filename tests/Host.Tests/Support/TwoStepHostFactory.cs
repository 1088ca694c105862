using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TwoStep.Host.Tests.Support;

/// <summary>The whole TwoStep host, configured as an operator would; its clock and logs are the test's.</summary>
public sealed class TwoStepHostFactory(
    string environment,
    IReadOnlyDictionary<string, string?> settings,
    TimeProvider clock,
    CapturedLogs logs) : WebApplicationFactory<Program>
{
    // Orleans reads time per area; its own machinery keeps the real clock while the service's
    // rules (code expiry, re-authentication window) follow the test's clock.
    private static readonly string[] OrleansClockAreas =
    [
        TimeProviderNames.Grains,
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(logs);
        });

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(clock);
            foreach (var area in OrleansClockAreas)
            {
                services.AddKeyedSingleton(area, TimeProvider.System);
            }
        });
    }
}
