using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using TwoStep.Application.Sms;
using TwoStep.Infrastructure.Silo;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.Organizations;

/// <summary>The real infrastructure and grain storage; SMS messages are kept for the test to read.</summary>
public sealed class OrganizationSiloConfigurator : ISiloConfigurator
{
    public const string IdKey = "Test:OrganizationCluster";

    private static readonly ConcurrentDictionary<string, RecordingSmsSender> Senders = new();

    public static RecordingSmsSender Sms(string id) => Senders.GetOrAdd(id, _ => new RecordingSmsSender());

    public static void Forget(string id) => Senders.TryRemove(id, out _);

    public void Configure(ISiloBuilder siloBuilder)
    {
        var configuration = siloBuilder.Configuration;
        siloBuilder.Services.AddSingleton<ISmsSender>(Sms(configuration[IdKey]!));
        siloBuilder.Services.AddTwoStepInfrastructure(configuration);
        siloBuilder.AddTwoStepGrainStorage(configuration);
    }
}
