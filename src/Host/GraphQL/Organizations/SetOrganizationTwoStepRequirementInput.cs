namespace TwoStep.Host.GraphQL.Organizations;

public sealed class SetOrganizationTwoStepRequirementInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public bool Required { get; set; }
}
