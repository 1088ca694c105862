using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;
using TwoStep.Domain.Limits;

namespace TwoStep.Domain.Accounts;

/// <summary>
/// The lock over every verification, enrollment and sign-in alike: too many wrong guesses in a
/// row close verification for a while, and a success starts the count over.
/// </summary>
public static class VerificationRules
{
    private const string LockedMessage = "Too many failed attempts; verification is locked for a while.";

    /// <summary>Refuses while the account is locked, saying how long the lock still holds.</summary>
    public static void EnsureNotLocked(AccountState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);

        if (state.Failures.RetryAfter(now) is { } retryAfter)
        {
            throw new RefusalException(ErrorCode.TooManyAttempts, LockedMessage, retryAfter);
        }
    }

    /// <summary>The refusal for a locked account, or null when verification is open.</summary>
    public static CodeCheck? RefuseWhileLocked(AccountState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);

        // While locked even the right code is refused, and nothing is compared or counted.
        return state.Failures.RetryAfter(now) is { } retryAfter
            ? new CodeCheck(state, ErrorCode.TooManyAttempts, LockedMessage) { RetryAfter = retryAfter }
            : null;
    }

    /// <summary>Checks a one-time code for <paramref name="purpose"/> under the lock.</summary>
    public static CodeCheck VerifyCode(
        AccountState state,
        string userId,
        CodePurpose purpose,
        string input,
        CodeHasher hasher,
        DateTimeOffset now,
        VerificationSettings settings)
    {
        if (RefuseWhileLocked(state, now) is { } locked)
        {
            return locked;
        }

        var check = EnrollmentRules.CheckCode(state, userId, purpose, input, hasher, now, settings);
        return Count(check, now, settings);
    }

    /// <summary>
    /// Applies a finished check to the failure count: a success clears it, a wrong guess adds
    /// one and may lock, anything else (no code waiting, an expired code) leaves it alone.
    /// </summary>
    public static CodeCheck Count(CodeCheck check, DateTimeOffset now, VerificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(settings);

        if (check.Accepted)
        {
            return check with { State = check.State with { Failures = FailureLock.None } };
        }

        if (!check.WrongGuess)
        {
            return check;
        }

        var failures = check.State.Failures.AfterFailure(now, settings);
        var state = check.State with { Failures = failures };
        return failures.RetryAfter(now) is { } retryAfter
            ? new CodeCheck(state, ErrorCode.TooManyAttempts, LockedMessage)
            {
                WrongGuess = true,
                RetryAfter = retryAfter,
            }
            : check with { State = state };
    }
}
