namespace TwoStep.Application.SignIn.CompleteSignIn;

/// <summary>The two-step token for a completed sign-in, and how the second step was passed.</summary>
public sealed record SignInResult(TwoStepToken Token, SecondStepMethod Method, int RecoveryCodesRemaining);
