using TwoStep.Application.Common;

namespace TwoStep.Application.Users;

/// <summary>
/// One user's second factor, keyed by the <c>sub</c> claim. The only writer of that state:
/// every rule and limit on codes is enforced here, and state is persisted before it answers.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Validates the number, sends a fresh enrollment code to it and voids any older code.</summary>
    Task<Reply<EnrollmentStarted>> StartEnrollment(Caller caller, string phoneNumber);

    /// <summary>Checks the enrollment code; the right one binds the number and issues recovery codes.</summary>
    Task<Reply<EnrollmentConfirmed>> ConfirmEnrollment(Caller caller, string code);

    /// <summary>
    /// Sends a sign-in code to the enrolled number (<c>NOT_ENROLLED</c> otherwise), within the
    /// send limits of the user and of the number.
    /// </summary>
    Task<Reply<SignInStarted>> StartSignIn(Caller caller);

    /// <summary>
    /// Checks exactly one of a sign-in code or a recovery code, under the failure lock. A
    /// recovery code works once.
    /// </summary>
    Task<Reply<SignInCompleted>> CompleteSignIn(Caller caller, string? code, string? recoveryCode);

    /// <summary>Replaces the recovery codes (fresh sign-in and a passed second step required).</summary>
    Task<Reply<RecoveryCodesIssued>> RegenerateRecoveryCodes(Caller caller);

    /// <summary>
    /// Turns two-step off and voids every code: fresh sign-in and a passed second step required,
    /// refused with <c>REQUIRED_BY_ORGANIZATION</c> while an organization of the user requires it.
    /// </summary>
    Task<Reply<TwoStepStatus>> Disable(Caller caller);

    /// <summary>The user's two-step status, with the full number (for the owner only).</summary>
    Task<TwoStepStatus> GetStatus();
}
