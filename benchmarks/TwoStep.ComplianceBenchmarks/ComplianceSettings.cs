using System.Globalization;

namespace TwoStep.Benchmarks;

/// <summary>
/// <c>--members N --users N --iterations N</c>, and the server from the environment
/// (<c>TWOSTEP_BENCH_POSTGRES</c>).
/// </summary>
internal sealed record ComplianceSettings(string Server, int Members, int Users, int Iterations)
{
    public const string ServerVariable = "TWOSTEP_BENCH_POSTGRES";

    public static ComplianceSettings FromArgs(string[] args)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException(
                $"Set {ServerVariable} to a PostgreSQL connection string, such as "
                + "\"Host=127.0.0.1;Port=55451;Username=postgres\"; the benchmark makes its own database there.");

        return new ComplianceSettings(
            server,
            Read(args, "--members", 100_000),
            Read(args, "--users", 300_000),
            Read(args, "--iterations", 40));
    }

    private static int Read(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length
            ? int.Parse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture)
            : fallback;
    }
}
