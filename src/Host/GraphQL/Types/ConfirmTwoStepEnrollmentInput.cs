namespace TwoStep.Host.GraphQL.Types;

public sealed class ConfirmTwoStepEnrollmentInput
{
    public string Code { get; set; } = string.Empty;
}
