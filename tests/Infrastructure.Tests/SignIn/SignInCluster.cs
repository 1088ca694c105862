using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using TwoStep.Application.Common;
using TwoStep.Application.Sms;
using TwoStep.Application.Users;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Persistence;
using TwoStep.Infrastructure.Silo;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.SignIn;

/// <summary>
/// A one-silo test cluster on its own database, with a clock the tests move, a recording SMS
/// sender and captured logs. Tests share it, so each uses its own users and numbers.
/// </summary>
public sealed class SignInCluster : IAsyncLifetime
{
    private static int _nextNumber;

    private TestDatabase _database = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public FakeTimeProvider Time => Silo.GetRequiredService<FakeTimeProvider>();

    public RecordingSmsSender Sms => Silo.GetRequiredService<RecordingSmsSender>();

    public ListLogger Logs => Silo.GetRequiredService<ListLogger>();

    public TestDatabase Database => _database;

    private IServiceProvider Silo => ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString, NullLogger.Instance);

        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(configuration =>
            configuration.AddInMemoryCollection(TestSettings.For(_database.ConnectionString)));
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }

    public IUserGrain User(string userId) => Cluster.GrainFactory.GetGrain<IUserGrain>(userId);

    /// <summary>A primary sign-in that just happened, by the fake clock.</summary>
    public Caller FreshCaller(string userId, DateTimeOffset? twoStepAt = null) =>
        new(userId, $"{userId}@example.com", userId, IdentityProvider.Password, Time.GetUtcNow(), twoStepAt);

    /// <summary>A valid GB mobile number no other test uses.</summary>
    public static string NewPhoneNumber() =>
        $"+447400{Interlocked.Increment(ref _nextNumber) % 1_000_000:D6}";

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var services = siloBuilder.Services;
            var logs = new ListLogger();
            services.AddSingleton(logs);
            services.AddLogging(logging => logging.AddProvider(new ListLoggerProvider(logs)));
            services.AddSingleton(new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero)));
            services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<FakeTimeProvider>());
            services.AddSingleton<RecordingSmsSender>();
            services.AddSingleton<ISmsSender>(provider => provider.GetRequiredService<RecordingSmsSender>());
            services.AddTwoStepInfrastructure(siloBuilder.Configuration);
            siloBuilder.AddTwoStepGrainStorage(siloBuilder.Configuration);
        }
    }
}
