using TwoStep.Application.Common;
using Mediator;
using TwoStep.Application.Users;

namespace TwoStep.Application.Enrollment.ConfirmEnrollment;

public sealed class ConfirmEnrollmentHandler(IGrainFactory grains)
    : ICommandHandler<ConfirmEnrollmentCommand, EnrollmentConfirmed>
{
    public async ValueTask<EnrollmentConfirmed> Handle(
        ConfirmEnrollmentCommand command,
        CancellationToken cancellationToken)
    {
        var user = grains.Get<IUserGrain>(command.Caller.UserId);

        var reply = await user.ConfirmEnrollment(command.Caller, command.Code);

        return reply.Unwrap();
    }
}
