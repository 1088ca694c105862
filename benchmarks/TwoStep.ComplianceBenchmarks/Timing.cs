using System.Diagnostics;
using System.Globalization;

namespace TwoStep.Benchmarks;

/// <summary>One view read through the API and through its raw SQL, alternately, timed to the median.</summary>
internal static class Timing
{
    private const int WarmUps = 5;

    public static async Task<Pair> CompareAsync(string name, int iterations, Func<Task> api, Func<Task> raw)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            await api();
            await raw();
        }

        var apiTimes = new List<double>(iterations);
        var rawTimes = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            apiTimes.Add(await TimeAsync(api));
            rawTimes.Add(await TimeAsync(raw));
        }

        return new Pair(name, Median(apiTimes), Median(rawTimes));
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}

/// <summary>The medians of one view, in milliseconds.</summary>
internal sealed record Pair(string Name, double ApiMs, double RawMs)
{
    public double Ratio => ApiMs / RawMs;

    public string Line(string target) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-34} API {ApiMs,8:F2} ms   raw SQL {RawMs,8:F2} ms   ratio {Ratio,5:F2}  ({target})");
}
