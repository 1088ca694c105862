using Mediator;

namespace TwoStep.Application.Organizations.RemoveMember;

public sealed record RemoveOrganizationMemberCommand(
    Actor Actor,
    string OrganizationId,
    string UserId)
    : ICommand<OrganizationView>;
