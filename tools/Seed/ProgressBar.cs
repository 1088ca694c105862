using System.Diagnostics;
using System.Globalization;

namespace TwoStep.Seed;

/// <summary>A progress bar with the rate and the time left, redrawn on stderr at most five times a second.</summary>
public sealed class ProgressBar(long total, TextWriter output) : IProgress<int>
{
    private const int Width = 40;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _done;
    private long _drawnAt = -1_000;

    public void Report(int value)
    {
        var done = Interlocked.Add(ref _done, value);
        var now = _clock.ElapsedMilliseconds;
        if (done < total && now - Interlocked.Read(ref _drawnAt) < 200)
        {
            return;
        }

        lock (_gate)
        {
            _drawnAt = now;
            Draw(done);
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            Draw(Interlocked.Read(ref _done));
            output.WriteLine();
        }
    }

    private void Draw(long done)
    {
        var share = total == 0 ? 1 : (double)done / total;
        var filled = (int)(share * Width);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var rate = done / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done:N0}/{total:N0} "
            + $"{share:P0}  {rate:N0} members/s  {left:mm\\:ss} left "));
    }
}
