namespace TwoStep.Domain.Organizations;

/// <summary>
/// One member of an organization, with the two-step status last reported by their account, the
/// enrolled number in masked form only (the organization never holds the full number), and when
/// the account enrolled (its own enrollment time, not when the organization heard of it). Number
/// and time are null unless enrolled; the time is also null for a member stored before it was kept.
/// </summary>
public sealed record Member(
    string UserId,
    string? Email,
    string? Name,
    OrganizationRoles Roles,
    MemberStatus Status,
    string? MaskedPhoneNumber = null,
    DateTimeOffset? EnabledAt = null)
{
    public bool IsAdmin => Roles.HasFlag(OrganizationRoles.Admin);
}
