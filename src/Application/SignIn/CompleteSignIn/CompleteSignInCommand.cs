using Mediator;
using TwoStep.Application.Common;

namespace TwoStep.Application.SignIn.CompleteSignIn;

/// <summary>Exactly one of <see cref="Code"/> and <see cref="RecoveryCode"/>.</summary>
public sealed record CompleteSignInCommand(Caller Caller, string? Code, string? RecoveryCode)
    : ICommand<SignInResult>
{
    // Records print their members; codes must never reach a log that way.
    public override string ToString() => "CompleteSignInCommand { Code = <hidden>, RecoveryCode = <hidden> }";
}
