using TwoStep.Domain.Limits;

namespace TwoStep.Domain.Accounts;

/// <summary>The limits that govern codes; SPEC's values are the defaults.</summary>
public sealed record VerificationSettings
{
    public TimeSpan CodeLifetime { get; init; } = TimeSpan.FromMinutes(10);

    public int MaxAttemptsPerCode { get; init; } = 5;

    public TimeSpan ReauthenticationWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong guesses in a row, across codes, that lock verification.</summary>
    public int MaxConsecutiveFailures { get; init; } = 20;

    /// <summary>The first lock; each repeat lock doubles it.</summary>
    public TimeSpan LockDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The doubling stops here, so a forgotten account is never locked for years.</summary>
    public TimeSpan MaxLockDuration { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How often codes may be sent, per user and per phone number.</summary>
    public SendLimits Sends { get; init; } = new();
}
