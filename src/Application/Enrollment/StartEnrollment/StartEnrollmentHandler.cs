using TwoStep.Application.Common;
using Mediator;
using TwoStep.Application.Users;

namespace TwoStep.Application.Enrollment.StartEnrollment;

public sealed class StartEnrollmentHandler(IGrainFactory grains)
    : ICommandHandler<StartEnrollmentCommand, EnrollmentStarted>
{
    public async ValueTask<EnrollmentStarted> Handle(
        StartEnrollmentCommand command,
        CancellationToken cancellationToken)
    {
        var user = grains.Get<IUserGrain>(command.Caller.UserId);

        var reply = await user.StartEnrollment(command.Caller, command.PhoneNumber);

        return reply.Unwrap();
    }
}
