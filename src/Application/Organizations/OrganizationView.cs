namespace TwoStep.Application.Organizations;

/// <summary>An organization as its members see it.</summary>
[GenerateSerializer, Immutable]
public sealed record OrganizationView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] bool TwoStepRequired,
    [property: Id(3)] int MemberCount);
