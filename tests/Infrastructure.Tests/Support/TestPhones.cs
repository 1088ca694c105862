namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>
/// Valid GB mobile numbers, a new one per call. Every number has its own send limit (one code
/// per 30 seconds, five an hour), so tests that share a cluster must not share numbers.
/// </summary>
public static class TestPhones
{
    private static int _next = 200_000;

    public static string NextMobile() => $"+447400{Interlocked.Increment(ref _next):D6}";
}
