namespace TwoStep.Host.GraphQL.Integrations;

public sealed class IssueIntegratorKeyInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
