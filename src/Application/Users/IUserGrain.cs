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

    /// <summary>The user's two-step status, with the full number (for the owner only).</summary>
    Task<TwoStepStatus> GetStatus();
}
