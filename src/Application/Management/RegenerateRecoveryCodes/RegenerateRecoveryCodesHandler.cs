using TwoStep.Application.Common;
using Mediator;
using TwoStep.Application.Users;

namespace TwoStep.Application.Management.RegenerateRecoveryCodes;

public sealed class RegenerateRecoveryCodesHandler(IGrainFactory grains)
    : ICommandHandler<RegenerateRecoveryCodesCommand, RecoveryCodesIssued>
{
    public async ValueTask<RecoveryCodesIssued> Handle(
        RegenerateRecoveryCodesCommand command,
        CancellationToken cancellationToken)
    {
        var user = grains.Get<IUserGrain>(command.Caller.UserId);

        var reply = await user.RegenerateRecoveryCodes(command.Caller);

        return reply.Unwrap();
    }
}
