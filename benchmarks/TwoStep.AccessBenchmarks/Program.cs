using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using TwoStep.Benchmarks;
using TwoStep.Infrastructure.Persistence;

// Access decisions per second through TwoStep's GraphQL endpoint and its plain endpoint, against
// a bare Kestrel endpoint answering the same JSON: all three on loopback, in this process, this run.
var settings = AccessSettings.FromArgs(args);

// WebApplicationFactory finds the host's content root through the manifest next to this program.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
await using var database = await BenchDatabase.CreateAsync(settings.Server);
DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);

using var client = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = settings.Concurrency,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
});
await using var bare = await BareServer.StartAsync();
await using var twoStep = await TwoStepServer.StartAsync(database.ConnectionString, client);

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{settings.Rounds} rounds of {settings.Duration.TotalSeconds:F0} s per path, concurrency {settings.Concurrency}, "
    + $"{Environment.ProcessorCount} cores, client and servers in one process"));

var accessPath = $"/organizations/{twoStep.OrganizationId}/access";
var graphQLBody = JsonSerializer.SerializeToUtf8Bytes(new
{
    query = "query($id: ID!) { organizationAccess(organizationId: $id) { allowed reason } }",
    variables = new { id = twoStep.OrganizationId },
});
var allowed = """{"allowed":true}"""u8.ToArray();
var allowedOverGraphQL = """{"allowed":true,"reason":null}"""u8.ToArray();

HttpRequestMessage BareRequest() => new(HttpMethod.Get, new Uri(bare.Address, accessPath));

HttpRequestMessage PlainRequest()
{
    var request = new HttpRequestMessage(HttpMethod.Get, new Uri(twoStep.Address, accessPath));
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", twoStep.Token);
    return request;
}

HttpRequestMessage GraphQLRequest()
{
    var request = new HttpRequestMessage(HttpMethod.Post, new Uri(twoStep.Address, "/graphql"));
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", twoStep.Token);
    request.Content = new ByteArrayContent(graphQLBody);
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    return request;
}

Task<LoadResult> Bare(string name) =>
    Load.RunAsync(name, client, BareRequest, allowed, settings.Duration, settings.Concurrency);
Task<LoadResult> Plain(string name) =>
    Load.RunAsync(name, client, PlainRequest, allowed, settings.Duration, settings.Concurrency);
Task<LoadResult> GraphQL(string name) =>
    Load.RunAsync(name, client, GraphQLRequest, allowedOverGraphQL, settings.Duration, settings.Concurrency);

// Warm every path until the JIT has settled, then alternate them so drift on a shared machine
// hits all three alike.
await Bare("warm-up");
await Plain("warm-up");
await GraphQL("warm-up");

var bareRuns = new List<LoadResult>();
var plainRuns = new List<LoadResult>();
var graphQLRuns = new List<LoadResult>();
for (var round = 1; round <= settings.Rounds; round++)
{
    bareRuns.Add(await Bare($"bare Kestrel, round {round}"));
    plainRuns.Add(await Plain($"plain endpoint, round {round}"));
    graphQLRuns.Add(await GraphQL($"GraphQL, round {round}"));
    Console.WriteLine(bareRuns[^1]);
    Console.WriteLine(plainRuns[^1]);
    Console.WriteLine(graphQLRuns[^1]);
}

var bareTotal = LoadResult.Combine("bare Kestrel", bareRuns);
var plainTotal = LoadResult.Combine("plain endpoint", plainRuns);
var graphQLTotal = LoadResult.Combine("GraphQL organizationAccess", graphQLRuns);
Console.WriteLine();
Console.WriteLine(bareTotal);
Console.WriteLine(plainTotal);
Console.WriteLine(graphQLTotal);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

    plain endpoint / bare   {plainTotal.PerSecond / bareTotal.PerSecond:F2} (target >= 0.65)
    GraphQL / bare          {graphQLTotal.PerSecond / bareTotal.PerSecond:F2} (target >= 0.40)
    """));
