using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class SetOrganizationMemberRolesInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public List<OrganizationRoles> Roles { get; set; } = [];
}
