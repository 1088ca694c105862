using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AddOrganizationMemberInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Name { get; set; }

    public List<OrganizationRoles>? Roles { get; set; }
}
