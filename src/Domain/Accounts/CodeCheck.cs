using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Accounts;

/// <summary>
/// The result of checking a code: the state to persist (failed attempts count too) and,
/// when the code was not accepted, why.
/// </summary>
public sealed record CodeCheck(AccountState State, ErrorCode? Refusal, string? Message)
{
    public bool Accepted => Refusal is null;

    /// <summary>True when a secret was compared and did not match: such a try counts towards the lock.</summary>
    public bool WrongGuess { get; init; }

    /// <summary>When verification is locked, how long until it opens again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public RefusalException ToException() =>
        new(Refusal ?? throw new InvalidOperationException("The code was accepted."), Message!, RetryAfter);
}
