using TwoStep.Domain.Limits;

namespace TwoStep.Domain.Accounts;

/// <summary>
/// Everything TwoStep keeps about one user's second factor. Immutable: every rule returns a
/// new state, and the caller persists it before answering.
/// </summary>
public sealed record AccountState
{
    public static AccountState Empty { get; } = new();

    public Enrollment? Enrollment { get; init; }

    public PendingCode? Pending { get; init; }

    /// <summary>Keyed hashes of the recovery codes not used yet.</summary>
    public IReadOnlyList<string> RecoveryCodeHashes { get; init; } = [];

    /// <summary>Wrong guesses in a row and the lock they led to; outlives enrollments.</summary>
    public FailureLock Failures { get; init; } = FailureLock.None;

    /// <summary>The codes sent to this user recently, whatever the number; outlives enrollments.</summary>
    public SendHistory Sends { get; init; } = SendHistory.None;

    public bool IsEnrolled => Enrollment is not null;
}
