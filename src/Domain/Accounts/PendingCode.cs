using TwoStep.Domain.Codes;

namespace TwoStep.Domain.Accounts;

/// <summary>The one code in flight for an account: only its keyed hash is kept.</summary>
public sealed record PendingCode(
    CodePurpose Purpose,
    string PhoneNumber,
    string CodeHash,
    DateTimeOffset ExpiresAt,
    int FailedAttempts)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}
