namespace TwoStep.Domain.Organizations;

/// <summary>
/// One member of an organization, with the two-step status last reported by their account, and
/// the enrolled number in masked form only (the organization never holds the full number).
/// </summary>
public sealed record Member(
    string UserId,
    string? Email,
    string? Name,
    OrganizationRoles Roles,
    MemberStatus Status,
    string? MaskedPhoneNumber = null)
{
    public bool IsAdmin => Roles.HasFlag(OrganizationRoles.Admin);
}
