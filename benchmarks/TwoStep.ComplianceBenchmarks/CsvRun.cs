using System.Diagnostics;
using System.Globalization;

namespace TwoStep.Benchmarks;

/// <summary>
/// The full CSV read as it streams: the rate of every segment of rows, and the process's working
/// set sampled at each segment (server and client share this process, so a buffered export shows).
/// </summary>
internal sealed record CsvRun(
    long Rows,
    double Seconds,
    IReadOnlyList<double> SegmentRates,
    long BaseBytes,
    long PeakBytes)
{
    public const int Segment = 10_000;

    public double RowsPerSecond => Rows / Seconds;

    public static async Task<CsvRun> ReadAsync(HttpClient client, HttpRequestMessage request)
    {
        GC.Collect();
        var baseBytes = Environment.WorkingSet;
        var peak = baseBytes;
        var rates = new List<double>();
        var clock = Stopwatch.StartNew();
        var segmentStart = clock.Elapsed;
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(body);
        var rows = -1L;
        while (await reader.ReadLineAsync() is not null)
        {
            if (++rows % Segment == 0 && rows > 0)
            {
                var now = clock.Elapsed;
                rates.Add(Segment / (now - segmentStart).TotalSeconds);
                segmentStart = now;
                peak = Math.Max(peak, Environment.WorkingSet);
            }
        }

        return new CsvRun(rows, clock.Elapsed.TotalSeconds, rates, baseBytes, Math.Max(peak, Environment.WorkingSet));
    }

    public string Describe()
    {
        var rates = SegmentRates.Count == 0
            ? "-"
            : string.Join(' ', SegmentRates.Select(r => (r / 1000).ToString("F0", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture, $"""
            CSV rows/s per {Segment:N0}-row segment (thousands): {rates}
            CSV working set: {BaseBytes / 1048576} MB before, {PeakBytes / 1048576} MB at most while streaming
            """);
    }
}
