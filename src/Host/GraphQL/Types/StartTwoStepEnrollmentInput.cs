namespace TwoStep.Host.GraphQL.Types;

public sealed class StartTwoStepEnrollmentInput
{
    public string PhoneNumber { get; set; } = string.Empty;
}
