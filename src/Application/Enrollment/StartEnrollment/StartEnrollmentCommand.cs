using Mediator;
using TwoStep.Application.Common;
using TwoStep.Application.Users;

namespace TwoStep.Application.Enrollment.StartEnrollment;

public sealed record StartEnrollmentCommand(Caller Caller, string PhoneNumber)
    : ICommand<EnrollmentStarted>;
