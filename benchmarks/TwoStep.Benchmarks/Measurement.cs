using System.Diagnostics;
using System.Globalization;

namespace TwoStep.Benchmarks;

/// <summary>How many operations ran in how long.</summary>
internal sealed record Measurement(string Name, int Operations, TimeSpan Elapsed)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public static async Task<Measurement> Run(
        string name,
        int operations,
        int concurrency,
        Func<int, CancellationToken, ValueTask> operation)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency };
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, operations), options, operation);
        return new Measurement(name, operations, clock.Elapsed);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-34} {Operations,7} ops in {Elapsed.TotalSeconds,7:F2} s = {PerSecond,9:F0} /s");
}
