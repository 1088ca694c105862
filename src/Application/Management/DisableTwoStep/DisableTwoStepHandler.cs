using TwoStep.Application.Common;
using Mediator;
using TwoStep.Application.Users;

namespace TwoStep.Application.Management.DisableTwoStep;

/// <summary>
/// Turns two-step off. The user grain enforces every rule, the organizations that require
/// two-step (<c>REQUIRED_BY_ORGANIZATION</c>) among them.
/// </summary>
public sealed class DisableTwoStepHandler(IGrainFactory grains)
    : ICommandHandler<DisableTwoStepCommand, TwoStepStatus>
{
    public async ValueTask<TwoStepStatus> Handle(DisableTwoStepCommand command, CancellationToken cancellationToken)
    {
        var user = grains.Get<IUserGrain>(command.Caller.UserId);

        var reply = await user.Disable(command.Caller);

        return reply.Unwrap();
    }
}
