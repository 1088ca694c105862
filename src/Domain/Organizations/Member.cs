namespace TwoStep.Domain.Organizations;

/// <summary>One member of an organization, with the two-step status last reported by their account.</summary>
public sealed record Member(
    string UserId,
    string? Email,
    string? Name,
    OrganizationRoles Roles,
    MemberStatus Status)
{
    public bool IsAdmin => Roles.HasFlag(OrganizationRoles.Admin);
}
