using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>
/// A one-silo test cluster on a migrated database of its own, with the real ADO.NET grain
/// storage. Shared by the tests of a class: each test uses its own user ids.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private TestCluster? _cluster;

    public SiloContext Context { get; } = SiloContext.Create();

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not started.");

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("Not started.");

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString, NullLogger.Instance);
        _cluster = await DeployAsync();
    }

    /// <summary>The JSON the grain storage holds for a user, as text.</summary>
    public async Task<string> StoredPayloadAsync(string userId)
    {
        var payload = await Database.ScalarAsync<byte[]>(
            "SELECT payloadbinary FROM orleansstorage WHERE grainidextensionstring = @id AND graintypestring = 'user'",
            ("id", userId));
        Assert.NotNull(payload);
        return Encoding.UTF8.GetString(payload);
    }

    /// <summary>Stops every silo and starts a new cluster on the same database.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _cluster = await DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Context.Forget();
    }

    private async Task<TestCluster> DeployAsync()
    {
        var builder = new TestClusterBuilder(1);

        // Stored state is keyed by service id: a restarted cluster must keep it to see its data.
        builder.Options.ServiceId = $"twostep-{Context.Id}";
        foreach (var (key, value) in TestSettings.For(Database.ConnectionString))
        {
            builder.Properties[key] = value;
        }

        builder.Properties[SiloContext.IdKey] = Context.Id;
        builder.AddSiloBuilderConfigurator<TestSiloConfigurator>();
        builder.AddClientBuilderConfigurator<TestClientConfigurator>();

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private async Task StopAsync()
    {
        if (_cluster is null)
        {
            return;
        }

        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        _cluster = null;
    }
}
