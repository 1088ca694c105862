using System.Diagnostics;
using System.Globalization;

namespace TwoStep.Benchmarks;

/// <summary>How many requests ran in how long, and how long each took.</summary>
internal sealed record LoadResult(string Name, int Requests, TimeSpan Elapsed, long[] Latencies)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double share)
    {
        var sorted = Latencies.Order().ToArray();
        var ticks = sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
        return ticks * 1_000_000.0 / Stopwatch.Frequency;
    }

    public static LoadResult Combine(string name, IReadOnlyList<LoadResult> runs) => new(
        name,
        runs.Sum(run => run.Requests),
        TimeSpan.FromTicks(runs.Sum(run => run.Elapsed.Ticks)),
        runs.SelectMany(run => run.Latencies).ToArray());

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-28} {Requests,8} req in {Elapsed.TotalSeconds,5:F1} s = {PerSecond,8:F0} /s"
        + $"   p50 {Percentile(0.50),7:F0} us   p99 {Percentile(0.99),7:F0} us");
}
