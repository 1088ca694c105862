using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace TwoStep.Host.Tests.Support;

/// <summary>
/// One running host per test class: its own database, Orleans cluster and ports, a Plivo
/// stand-in, a clock the tests move, and every log entry kept.
/// </summary>
public class HostFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string CodeHashKey = "host-tests-code-hash-key-of-at-least-32-characters";

    private TestDatabase? _database;
    private PlivoStandIn? _plivo;
    private TwoStepHostFactory? _factory;
    private HttpClient? _client;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    public PlivoStandIn Plivo => _plivo ?? throw NotStarted();

    public TestDatabase Database => _database ?? throw NotStarted();

    public IServiceProvider Services => _factory?.Services ?? throw NotStarted();

    public HttpClient Client => _client ?? throw NotStarted();

    /// <summary>The address of the GraphQL endpoint when the host listens on a real port.</summary>
    public Uri? GraphQLUrl { get; private set; }

    protected virtual string Environment => "Development";

    protected virtual bool ListensOnPort => false;

    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings => [];

    /// <summary>A database to run on instead of one of its own; the fixture then leaves it in place.</summary>
    protected virtual TestDatabase? SharedDatabase => null;

    /// <summary>An Orleans cluster (and service) to join instead of one of its own.</summary>
    protected virtual string? SharedClusterId => null;

    /// <summary>A token for <paramref name="subject"/> whose primary sign-in is now, by the test clock.</summary>
    public string FreshToken(string subject, string idp = "password") =>
        TestTokens.For(subject, Clock.GetUtcNow(), idp);

    public async Task InitializeAsync()
    {
        _database = SharedDatabase ?? await TestDatabase.CreateAsync();
        _plivo = PlivoStandIn.Start();

        var clusterId = SharedClusterId ?? $"host-tests-{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TwoStep"] = _database.ConnectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Auth:Issuer"] = TestTokens.Issuer,
            ["Auth:Audience"] = TestTokens.Audience,
            ["Auth:SigningKey"] = TestTokens.SigningKey,
            ["TwoStep:CodeHashKey"] = CodeHashKey,
            ["TwoStep:AllowedCountries:0"] = "US",
            ["TwoStep:AllowedCountries:1"] = "GB",
        };
        foreach (var (key, value) in _plivo.Settings().Concat(MoreSettings))
        {
            settings[key] = value;
        }

        _factory = new TwoStepHostFactory(Environment, settings, Clock, Logs);
        if (ListensOnPort)
        {
            var port = FreePort.Next();
            _factory.UseKestrel(port);
            _factory.StartServer();
            GraphQLUrl = new Uri($"http://127.0.0.1:{port}/graphql");
        }

        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _plivo?.Dispose();
        if (_database is not null && SharedDatabase is null)
        {
            await _database.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static InvalidOperationException NotStarted() => new("The host fixture has not started.");
}
