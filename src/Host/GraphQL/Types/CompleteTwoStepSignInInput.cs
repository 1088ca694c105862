namespace TwoStep.Host.GraphQL.Types;

public sealed class CompleteTwoStepSignInInput
{
    public string? Code { get; set; }

    public string? RecoveryCode { get; set; }

    // Codes must never reach a log through a generated ToString.
    public override string ToString() => "CompleteTwoStepSignInInput { <hidden> }";
}
