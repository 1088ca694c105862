using System.Diagnostics;

namespace TwoStep.Benchmarks;

/// <summary>
/// Closed-loop load: <c>concurrency</c> clients, each sending its next request when the last one answered.
/// </summary>
internal static class Load
{
    public static async Task<LoadResult> RunAsync(
        string name,
        HttpClient client,
        Func<HttpRequestMessage> request,
        byte[] expected,
        TimeSpan duration,
        int concurrency)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency)
            .Select(_ => Task.Run(() => WorkAsync(client, request, expected, end)))
            .ToArray();

        var latencies = await Task.WhenAll(workers);

        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = latencies.SelectMany(l => l).ToArray();
        return new LoadResult(name, all.Length, elapsed, all);
    }

    private static async Task<List<long>> WorkAsync(
        HttpClient client,
        Func<HttpRequestMessage> request,
        byte[] expected,
        long end)
    {
        var latencies = new List<long>(16_384);
        while (Stopwatch.GetTimestamp() < end)
        {
            var start = Stopwatch.GetTimestamp();
            using var message = request();
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsByteArrayAsync();
            latencies.Add(Stopwatch.GetTimestamp() - start);

            // Every answer is checked: a fast wrong answer must not count.
            if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf(expected) < 0)
            {
                throw new InvalidOperationException(
                    $"Unexpected answer {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            }
        }

        return latencies;
    }
}
