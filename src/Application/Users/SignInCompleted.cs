using TwoStep.Application.SignIn;

namespace TwoStep.Application.Users;

/// <summary>The second step was passed, by <see cref="Method"/>, at <see cref="PassedAt"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record SignInCompleted(
    [property: Id(0)] SecondStepMethod Method,
    [property: Id(1)] DateTimeOffset PassedAt,
    [property: Id(2)] int RecoveryCodesRemaining);
