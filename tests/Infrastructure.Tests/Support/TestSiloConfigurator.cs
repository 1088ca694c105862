using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;
using TwoStep.Application.Sms;
using TwoStep.Infrastructure.Silo;

namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>The real grain storage and infrastructure, with the test's clock, SMS sender and logs.</summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var configuration = siloBuilder.Configuration;
        var context = SiloContext.Find(configuration[SiloContext.IdKey]);

        // Grains read the test's clock; Orleans' own membership, messaging and timers stay on
        // real time, or advancing the clock would starve or stall the cluster.
        siloBuilder.Services.AddSingleton<TimeProvider>(context.Time);
        siloBuilder.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        siloBuilder.Services.AddSingleton<ISmsSender>(context.Sms);
        siloBuilder.Services.AddLogging(logging => logging.AddProvider(new ListLoggerProvider(context.Logs)));
        siloBuilder.Services.AddTwoStepInfrastructure(configuration);
        siloBuilder.AddTwoStepGrainStorage(configuration);
    }
}
