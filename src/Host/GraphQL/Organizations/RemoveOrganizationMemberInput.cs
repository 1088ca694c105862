namespace TwoStep.Host.GraphQL.Organizations;

public sealed class RemoveOrganizationMemberInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;
}
