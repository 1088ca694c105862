using Mediator;
using TwoStep.Application.Common;
using TwoStep.Application.Users;

namespace TwoStep.Application.Enrollment.ConfirmEnrollment;

public sealed record ConfirmEnrollmentCommand(Caller Caller, string Code)
    : ICommand<EnrollmentConfirmed>
{
    // Records print their members; a code must never reach a log that way.
    public override string ToString() => "ConfirmEnrollmentCommand { Code = <hidden> }";
}
