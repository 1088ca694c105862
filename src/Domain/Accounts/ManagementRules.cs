using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Accounts;

/// <summary>The rules of changing an enrollment once it is on: disable, new recovery codes, change of number.</summary>
public static class ManagementRules
{
    /// <summary>
    /// An enrolled account changes its second factor only from a session that passed it: a
    /// stolen password alone must never turn two-step off or move it to another phone.
    /// </summary>
    public static void EnsureSecondStepPassed(AccountState state, bool passedSecondStep)
    {
        ArgumentNullException.ThrowIfNull(state);

        if (state.IsEnrolled && !passedSecondStep)
        {
            throw new RefusalException(
                ErrorCode.ReauthenticationRequired,
                "Complete the two-step sign-in first, then try again.");
        }
    }

    /// <summary>
    /// Two-step off: no number, no code in flight, no recovery codes, as if never enrolled.
    /// The failure lock and the send history stay, so turning off and on again resets no limit.
    /// </summary>
    public static AccountState Disable(AccountState state)
    {
        SignInRules.EnsureEnrolled(state);

        return AccountState.Empty with { Failures = state.Failures, Sends = state.Sends };
    }

    /// <summary>A new set of recovery codes; the old set stops working at once.</summary>
    public static AccountState ReplaceRecoveryCodes(AccountState state, IReadOnlyList<string> recoveryCodeHashes)
    {
        SignInRules.EnsureEnrolled(state);

        return state with { RecoveryCodeHashes = recoveryCodeHashes };
    }
}
