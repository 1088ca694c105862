using Mediator;

namespace TwoStep.Application.Organizations.AddMember;

public sealed record AddOrganizationMemberCommand(
    Actor Actor,
    string OrganizationId,
    NewMember Member)
    : ICommand<OrganizationView>;
