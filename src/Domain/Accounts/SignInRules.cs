using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Accounts;

/// <summary>The rules of the sign-in challenge (SPEC, "Sign-in challenge").</summary>
public static class SignInRules
{
    private const string NotEnrolledMessage = "Two-step is not turned on for this account.";

    /// <summary>The enrollment a challenge goes to, or <c>NOT_ENROLLED</c>.</summary>
    public static Enrollment EnsureEnrolled(AccountState state)
    {
        ArgumentNullException.ThrowIfNull(state);

        return state.Enrollment ?? throw new RefusalException(ErrorCode.NotEnrolled, NotEnrolledMessage);
    }

    /// <summary>Records a sign-in code for the enrolled number; any other code in flight stops working.</summary>
    public static AccountState IssueCode(
        AccountState state,
        string codeHash,
        DateTimeOffset now,
        VerificationSettings settings)
    {
        var enrollment = EnsureEnrolled(state);
        return EnrollmentRules.IssueCode(state, CodePurpose.SignIn, enrollment.PhoneNumber, codeHash, now, settings);
    }

    /// <summary>Checks a sign-in code under the lock.</summary>
    public static CodeCheck CheckCode(
        AccountState state,
        string userId,
        string input,
        CodeHasher hasher,
        DateTimeOffset now,
        VerificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);

        if (!state.IsEnrolled)
        {
            return new CodeCheck(state, ErrorCode.NotEnrolled, NotEnrolledMessage);
        }

        return VerificationRules.VerifyCode(state, userId, CodePurpose.SignIn, input, hasher, now, settings);
    }

    /// <summary>
    /// Redeems a recovery code in place of a sign-in code: it works once, and its hash is gone
    /// from the state that is returned. A wrong one counts like a wrong code.
    /// </summary>
    public static CodeCheck RedeemRecoveryCode(
        AccountState state,
        string userId,
        string input,
        CodeHasher hasher,
        DateTimeOffset now,
        VerificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(hasher);

        if (!state.IsEnrolled)
        {
            return new CodeCheck(state, ErrorCode.NotEnrolled, NotEnrolledMessage);
        }

        if (VerificationRules.RefuseWhileLocked(state, now) is { } locked)
        {
            return locked;
        }

        var match = FindRecoveryCode(state.RecoveryCodeHashes, userId, RecoveryCode.Normalize(input), hasher);
        var check = match < 0
            ? new CodeCheck(state, ErrorCode.InvalidCode, EnrollmentRules.InvalidMessage) { WrongGuess = true }
            : new CodeCheck(Redeemed(state, match), null, null);
        return VerificationRules.Count(check, now, settings);
    }

    // Compares against every stored hash, never stopping at a match, so the time taken says
    // nothing about which code (if any) was hit.
    private static int FindRecoveryCode(
        IReadOnlyList<string> hashes,
        string userId,
        string normalized,
        CodeHasher hasher)
    {
        var match = -1;
        for (var i = 0; i < hashes.Count; i++)
        {
            if (hasher.Matches(userId, CodePurpose.Recovery, normalized, hashes[i]))
            {
                match = i;
            }
        }

        return match;
    }

    private static AccountState Redeemed(AccountState state, int index)
    {
        var remaining = state.RecoveryCodeHashes.Where((_, i) => i != index).ToArray();

        // The sign-in is done: a sign-in code still in flight must not open a second one.
        var pending = state.Pending?.Purpose == CodePurpose.SignIn ? null : state.Pending;
        return state with { RecoveryCodeHashes = remaining, Pending = pending };
    }
}
