using TwoStep.Application.Common;
using Mediator;
using TwoStep.Application.Users;

namespace TwoStep.Application.SignIn.CompleteSignIn;

public sealed class CompleteSignInHandler(IGrainFactory grains, ITwoStepTokenIssuer tokens)
    : ICommandHandler<CompleteSignInCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(CompleteSignInCommand command, CancellationToken cancellationToken)
    {
        var caller = command.Caller;
        var user = grains.Get<IUserGrain>(caller.UserId);

        var reply = await user.CompleteSignIn(caller, command.Code, command.RecoveryCode);
        var completed = reply.Unwrap();

        var token = await tokens.IssueAsync(caller, completed.Method, completed.PassedAt, cancellationToken);

        return new SignInResult(token, completed.Method, completed.RecoveryCodesRemaining);
    }
}
