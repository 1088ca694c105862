using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Accounts;

/// <summary>
/// The result of checking a code: the state to persist (failed attempts count too) and,
/// when the code was not accepted, why.
/// </summary>
public sealed record CodeCheck(AccountState State, ErrorCode? Refusal, string? Message)
{
    public bool Accepted => Refusal is null;

    public RefusalException ToException() =>
        new(Refusal ?? throw new InvalidOperationException("The code was accepted."), Message!);
}
