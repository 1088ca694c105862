using Mediator;

namespace TwoStep.Application.Organizations.GetRequirementImpact;

public sealed record GetRequirementImpactQuery(
    Actor Actor,
    string OrganizationId,
    int First,
    string? After)
    : IQuery<RequirementImpact>;
