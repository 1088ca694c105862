using System.Globalization;

namespace TwoStep.Benchmarks;

/// <summary>What to run: <c>--seconds N --rounds N --concurrency N</c>, and the server from the environment.</summary>
internal sealed record AccessSettings(string Server, TimeSpan Duration, int Rounds, int Concurrency)
{
    public const string ServerVariable = "TWOSTEP_BENCH_POSTGRES";
    public const string TestServerVariable = "TWOSTEP_TEST_POSTGRES";

    public static AccessSettings FromArgs(string[] args)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? Environment.GetEnvironmentVariable(TestServerVariable)
            ?? throw new InvalidOperationException(
                $"Set {ServerVariable} (or {TestServerVariable}) to a PostgreSQL connection string, such as "
                + "\"Host=127.0.0.1;Port=55433;Username=postgres\"; the benchmark makes its own database there.");

        return new AccessSettings(
            server,
            TimeSpan.FromSeconds(Read(args, "--seconds", 5)),
            Read(args, "--rounds", 3),
            Read(args, "--concurrency", 16));
    }

    private static int Read(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : fallback;
    }
}
