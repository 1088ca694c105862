using System.Diagnostics;

namespace TwoStep.Host.Tests.Support;

/// <summary>A finished process: its exit code and everything it printed.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    public static async Task<ProcessRun> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} ran past {timeout}.");
        }

        return new ProcessRun(process.ExitCode, await output, await error);
    }
}
