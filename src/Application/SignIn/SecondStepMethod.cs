namespace TwoStep.Application.SignIn;

/// <summary>How the second step was passed; it becomes the <c>amr</c> claim of the two-step token.</summary>
[GenerateSerializer]
public enum SecondStepMethod
{
    Sms,
    RecoveryCode,
}
