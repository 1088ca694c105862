using Mediator;

namespace TwoStep.Application.Organizations.RequireTwoStep;

public sealed record SetOrganizationTwoStepRequirementCommand(
    Actor Actor,
    string OrganizationId,
    bool Required)
    : ICommand<OrganizationView>;
