using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;
using TwoStep.Infrastructure.Persistence;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.Organizations;

/// <summary>A one-silo test cluster with the real ADO.NET grain storage on a migrated database of its own.</summary>
public sealed class OrganizationCluster : IAsyncLifetime
{
    private TestDatabase? _database;
    private TestCluster? _cluster;

    public string Id { get; } = Guid.NewGuid().ToString("N");

    public RecordingSmsSender Sms => OrganizationSiloConfigurator.Sms(Id);

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not started.");

    public IGrainFactory Grains => (_cluster ?? throw new InvalidOperationException("Not started.")).GrainFactory;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString, NullLogger.Instance);

        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = $"twostep-{Id}";
        foreach (var (key, value) in TestSettings.For(_database.ConnectionString))
        {
            builder.Properties[key] = value;
        }

        builder.Properties[OrganizationSiloConfigurator.IdKey] = Id;
        builder.AddSiloBuilderConfigurator<OrganizationSiloConfigurator>();
        builder.AddClientBuilderConfigurator<OrganizationClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        OrganizationSiloConfigurator.Forget(Id);
    }
}
