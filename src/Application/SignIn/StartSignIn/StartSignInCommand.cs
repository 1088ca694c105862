using Mediator;
using TwoStep.Application.Common;
using TwoStep.Application.Users;

namespace TwoStep.Application.SignIn.StartSignIn;

public sealed record StartSignInCommand(Caller Caller) : ICommand<SignInStarted>;
