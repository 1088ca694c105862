using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>A member to add; roles left out keep what an existing member has (none for a new one).</summary>
[GenerateSerializer, Immutable]
public sealed record NewMember(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Name,
    [property: Id(3)] OrganizationRoles? Roles);
