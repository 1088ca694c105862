using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;
using TwoStep.Domain.Identity;

namespace TwoStep.Domain.Accounts;

/// <summary>The rules of turning two-step on (SPEC, "Enrollment").</summary>
public static class EnrollmentRules
{
    /// <summary>Refuses SSO-managed callers and primary sign-ins older than the window.</summary>
    public static void EnsureMayChangeEnrollment(
        PrimarySignIn signIn,
        DateTimeOffset now,
        VerificationSettings settings)
    {
        EnsureNotManagedBySso(signIn);

        if (!signIn.IsFresh(now, settings.ReauthenticationWindow))
        {
            throw new RefusalException(
                ErrorCode.ReauthenticationRequired,
                "Sign in again to change two-step settings.");
        }
    }

    /// <summary>
    /// Refuses SSO-managed callers. Confirming a code checks only this: the fresh sign-in was
    /// required when the code was issued, and the code itself proves the caller is still there.
    /// </summary>
    public static void EnsureNotManagedBySso(PrimarySignIn signIn)
    {
        if (signIn.IsManagedBySso)
        {
            throw new RefusalException(
                ErrorCode.SsoManaged,
                "Your account signs in through your organization's SSO; ask your SSO provider to enforce two-step.");
        }
    }

    /// <summary>Records a new code in flight; any earlier code stops working.</summary>
    public static AccountState IssueCode(
        AccountState state,
        CodePurpose purpose,
        string phoneNumber,
        string codeHash,
        DateTimeOffset now,
        VerificationSettings settings) =>
        state with
        {
            Pending = new PendingCode(purpose, phoneNumber, codeHash, now + settings.CodeLifetime, 0),
        };

    /// <summary>Drops the code in flight, for example when its SMS could not be sent.</summary>
    public static AccountState VoidCode(AccountState state) => state with { Pending = null };

    /// <summary>
    /// Checks a code against the one in flight for <paramref name="purpose"/>. A wrong code
    /// counts against the code; the last allowed wrong try kills it.
    /// </summary>
    public static CodeCheck CheckCode(
        AccountState state,
        string userId,
        CodePurpose purpose,
        string input,
        CodeHasher hasher,
        DateTimeOffset now,
        VerificationSettings settings)
    {
        var pending = state.Pending;
        if (pending is null || pending.Purpose != purpose)
        {
            return new CodeCheck(state, ErrorCode.InvalidCode, "No code is waiting; ask for a new one.");
        }

        if (pending.FailedAttempts >= settings.MaxAttemptsPerCode)
        {
            return new CodeCheck(state, ErrorCode.TooManyAttempts, TooManyMessage);
        }

        if (pending.IsExpired(now))
        {
            return new CodeCheck(state, ErrorCode.CodeExpired, "The code has expired; ask for a new one.");
        }

        var right = OneTimeCode.IsWellFormed(input)
            && hasher.Matches(userId, purpose, input, pending.CodeHash);
        if (right)
        {
            return new CodeCheck(state with { Pending = null }, null, null);
        }

        var failed = pending with { FailedAttempts = pending.FailedAttempts + 1 };
        var next = state with { Pending = failed };
        return failed.FailedAttempts >= settings.MaxAttemptsPerCode
            ? new CodeCheck(next, ErrorCode.TooManyAttempts, TooManyMessage) { WrongGuess = true }
            : new CodeCheck(next, ErrorCode.InvalidCode, InvalidMessage) { WrongGuess = true };
    }

    /// <summary>Binds the verified number and replaces the recovery codes.</summary>
    public static AccountState Enroll(
        AccountState state,
        string phoneNumber,
        DateTimeOffset now,
        IReadOnlyList<string> recoveryCodeHashes) =>
        state with
        {
            Enrollment = new Enrollment(phoneNumber, now),
            Pending = null,
            RecoveryCodeHashes = recoveryCodeHashes,
        };

    internal const string InvalidMessage = "The code is not valid.";

    private const string TooManyMessage = "Too many wrong codes; ask for a new one.";
}
