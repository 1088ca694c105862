using Mediator;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations.SetMemberRoles;

public sealed record SetOrganizationMemberRolesCommand(
    Actor Actor,
    string OrganizationId,
    string UserId,
    OrganizationRoles Roles)
    : ICommand<OrganizationView>;
