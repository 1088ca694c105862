extern alias seed;

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using seed::TwoStep.Seed;
using TwoStep.Application.Compliance;
using TwoStep.Benchmarks;
using TwoStep.Infrastructure.Persistence;

// The compliance views of a seeded organization through TwoStep's API (GraphQL and the CSV, over
// loopback HTTP, in this process), each against the raw SQL that reads the same from the same
// database in the same run.
var settings = ComplianceSettings.FromArgs(args);

// WebApplicationFactory finds the host's content root through the manifest next to this program.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
await using var database = await BenchDatabase.CreateAsync(settings.Server);
DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);
await using var server = ComplianceServer.Start(database.ConnectionString);

var organizations = new SeedSettings(settings.Members - 1, settings.Users, 20_000).Organizations();
var acme = organizations[0];
var seeding = Stopwatch.StartNew();
var progress = new ProgressBar(organizations.Sum(o => o.Members.Count + 1L), Console.Error);
var seeder = new OrganizationSeeder(server.Services);
foreach (var organization in organizations)
{
    await seeder.SeedAsync(organization, progress, CancellationToken.None);
    progress.Report(1);
}

progress.Finish();
await database.ScalarAsync("VACUUM ANALYZE");
var users = organizations.Sum(o => o.Members.Count + 1L);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Seeded {users:N0} users in {organizations.Count} organizations in {seeding.Elapsed.TotalSeconds:F0} s; "
    + $"measured: \"{acme.Name}\", {acme.Members.Count + 1:N0} members. "
    + $"{settings.Iterations} timed reads per view (medians), {Environment.ProcessorCount} cores, one machine."));
var (acmeId, ownerId) = (acme.Id, acme.OwnerId);
organizations = null;
acme = null;

using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
var api = new ApiClient(client, server.Address, ComplianceServer.Token(ownerId), acmeId);
var raw = new RawSql(database.ConnectionString, acmeId);
var deep = await raw.PlaceAtAsync(90_000 * settings.Members / 100_000);
var deepCursor = new MemberCursor(deep.SortName, deep.UserId).Encode();
const string notEnrolled = " AND status = @value";
const string search = " AND (sort_name LIKE lower(@value) OR sort_email LIKE lower(@value))";

var n = settings.Iterations;
var pairs = new (Pair Pair, string Target)[]
{
    (await Timing.CompareAsync("counts", n, api.CountsAsync, raw.CountsAsync), "target <= 0.10"),
    (await Timing.CompareAsync("first page (100)", n, () => api.PageAsync(), () => raw.PageAsync("", null)),
        "target <= 1.50"),
    (await Timing.CompareAsync("deep page (at 90%)", n, () => api.PageAsync(deepCursor), () => raw.PageAsync("", deep)),
        "target <= 1.50"),
    (await Timing.CompareAsync(
        "filtered page (NOT_ENROLLED)", n, () => api.PageAsync(null, new { status = "NOT_ENROLLED" }),
        () => raw.PageAsync(notEnrolled, null, (short)0)), "target <= 1.50"),
    (await Timing.CompareAsync(
        "search \"mar\"", n, () => api.PageAsync(null, new { search = "mar" }),
        () => raw.PageAsync(search, null, "mar%")), "target <= 1.50"),
    (await Timing.CompareAsync(
        "first page vs its keyset query alone", n, () => api.PageAsync(), () => raw.RowsAsync("", null)),
        "no total: for scale"),
    (await Timing.CompareAsync(
        "deep page vs its keyset query alone", n, () => api.PageAsync(deepCursor), () => raw.RowsAsync("", deep)),
        "no total: for scale"),
};

Console.WriteLine();
foreach (var (pair, target) in pairs)
{
    Console.WriteLine(pair.Line(target));
}

var apiCsv = await CsvRun.ReadAsync(client, api.CsvRequest());
var rawClock = Stopwatch.StartNew();
var rawLines = await raw.CsvAsync();
var rawRate = (rawLines - 1) / rawClock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{"full CSV",-34} API {apiCsv.Rows:N0} rows in {apiCsv.Seconds:F2} s ({apiCsv.RowsPerSecond:N0} rows/s)   "
    + $"raw COPY {rawLines - 1:N0} rows ({rawRate:N0} rows/s)   ratio {rawRate / apiCsv.RowsPerSecond:F2} (time)"));
Console.WriteLine(apiCsv.Describe());
