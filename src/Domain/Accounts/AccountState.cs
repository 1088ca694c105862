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

    public bool IsEnrolled => Enrollment is not null;
}
