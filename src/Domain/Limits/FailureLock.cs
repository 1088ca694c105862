using TwoStep.Domain.Accounts;

namespace TwoStep.Domain.Limits;

/// <summary>
/// Wrong guesses in a row across codes, and the lock they lead to. Every lock counts in
/// <see cref="Locks"/> so the next one lasts twice as long; only a success starts over.
/// </summary>
public sealed record FailureLock(int Failures, int Locks, DateTimeOffset? LockedUntil)
{
    public static FailureLock None { get; } = new(0, 0, null);

    /// <summary>How long the lock still holds, or null when verification is open.</summary>
    public TimeSpan? RetryAfter(DateTimeOffset now) =>
        LockedUntil is { } until && until > now ? until - now : null;

    public FailureLock AfterFailure(DateTimeOffset now, VerificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var failures = Failures + 1;
        if (failures < settings.MaxConsecutiveFailures)
        {
            return this with { Failures = failures };
        }

        return new FailureLock(0, Locks + 1, now + Duration(Locks, settings));
    }

    private static TimeSpan Duration(int earlierLocks, VerificationSettings settings)
    {
        var duration = settings.LockDuration;
        for (var i = 0; i < earlierLocks && duration < settings.MaxLockDuration; i++)
        {
            duration *= 2;
        }

        return duration < settings.MaxLockDuration ? duration : settings.MaxLockDuration;
    }
}
