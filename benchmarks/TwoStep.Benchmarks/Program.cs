using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using TwoStep.Benchmarks;
using TwoStep.Infrastructure.Persistence;

// Verification throughput of TwoStep (in-process silo, grain state on PostgreSQL) against the
// floor it stands on: one raw version-checked UPDATE per verification, same database, same run.
var settings = BenchSettings.FromArgs(args);
await using var database = await BenchDatabase.CreateAsync(settings.Server);
DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"users {settings.Users}, rounds {settings.Rounds}, concurrency {settings.Concurrency}, "
    + $"{Environment.ProcessorCount} cores"));

await using var silo = await SiloBench.StartAsync(database.ConnectionString, settings.Users);
Console.WriteLine(await silo.EnrollAsync(settings.Concurrency));

var rowBytes = Convert.ToInt32(await database.ScalarAsync(
    "SELECT avg(octet_length(payloadbinary))::int FROM orleansstorage WHERE graintypestring ILIKE '%user%'"),
    CultureInfo.InvariantCulture);
await using var raw = await RawUpdateBench.CreateAsync(database.ConnectionString, settings.Users, rowBytes);

// Warm both paths up until the JIT has settled on optimized code, then alternate them so
// drift on a shared machine hits both alike.
for (var round = 0; round < 3; round++)
{
    await raw.RunAsync("warm-up", settings.Users, settings.Concurrency);
    await silo.StartSignInsAsync("warm-up", settings.Concurrency);
    await silo.CompleteSignInsAsync("warm-up", settings.Concurrency);
}

var rawRuns = new List<Measurement>();
var startRuns = new List<Measurement>();
var verifyRuns = new List<Measurement>();
for (var round = 1; round <= settings.Rounds; round++)
{
    rawRuns.Add(await raw.RunAsync($"raw UPDATE, round {round}", settings.Users, settings.Concurrency));
    startRuns.Add(await silo.StartSignInsAsync($"startTwoStepSignIn, round {round}", settings.Concurrency));
    verifyRuns.Add(await silo.CompleteSignInsAsync($"completeTwoStepSignIn, round {round}", settings.Concurrency));
    Console.WriteLine(rawRuns[^1]);
    Console.WriteLine(startRuns[^1]);
    Console.WriteLine(verifyRuns[^1]);
}

var rawRate = Total(rawRuns);
var verifyRate = Total(verifyRuns);
var cycleRate = 1 / ((1 / Total(startRuns)) + (1 / verifyRate));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

    payload per row                  {rowBytes} bytes
    raw version-checked UPDATE       {rawRate,9:F0} /s
    verification (complete)          {verifyRate,9:F0} /s   ratio {verifyRate / rawRate:F2} (target >= 0.70)
    start + complete, full cycle     {cycleRate,9:F0} /s   ratio {cycleRate / rawRate:F2}
    """));

static double Total(List<Measurement> runs) =>
    runs.Sum(r => r.Operations) / runs.Sum(r => r.Elapsed.TotalSeconds);
