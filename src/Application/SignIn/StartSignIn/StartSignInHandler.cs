using TwoStep.Application.Common;
using Mediator;
using TwoStep.Application.Users;

namespace TwoStep.Application.SignIn.StartSignIn;

public sealed class StartSignInHandler(IGrainFactory grains)
    : ICommandHandler<StartSignInCommand, SignInStarted>
{
    public async ValueTask<SignInStarted> Handle(StartSignInCommand command, CancellationToken cancellationToken)
    {
        var user = grains.Get<IUserGrain>(command.Caller.UserId);

        var reply = await user.StartSignIn(command.Caller);

        return reply.Unwrap();
    }
}
