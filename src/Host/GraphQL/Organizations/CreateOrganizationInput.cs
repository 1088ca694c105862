namespace TwoStep.Host.GraphQL.Organizations;

public sealed class CreateOrganizationInput
{
    public string Name { get; set; } = string.Empty;
}
