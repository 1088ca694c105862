namespace TwoStep.Application.Organizations;

/// <summary>Whether an organization requires two-step of one user (false for non-members).</summary>
[GenerateSerializer, Immutable]
public sealed record OrganizationRequirement(
    [property: Id(0)] string OrganizationId,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Required);
