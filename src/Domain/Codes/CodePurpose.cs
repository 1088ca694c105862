namespace TwoStep.Domain.Codes;

/// <summary>What a one-time code proves. A code hashed for one purpose never matches another.</summary>
public enum CodePurpose
{
    Enrollment,
    SignIn,
    Recovery,
}
