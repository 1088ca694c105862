using Mediator;
using TwoStep.Application.Users;

namespace TwoStep.Application.Management.DisableTwoStep;

public sealed class DisableTwoStepHandler(IGrainFactory grains, IEnumerable<IDisableGuard> guards)
    : ICommandHandler<DisableTwoStepCommand, TwoStepStatus>
{
    public async ValueTask<TwoStepStatus> Handle(DisableTwoStepCommand command, CancellationToken cancellationToken)
    {
        foreach (var guard in guards)
        {
            if (await guard.CheckAsync(command.Caller, cancellationToken) is { } refusal)
            {
                throw refusal;
            }
        }

        var user = grains.GetGrain<IUserGrain>(command.Caller.UserId);

        var reply = await user.Disable(command.Caller);

        return reply.Unwrap();
    }
}
