using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Compliance;

/// <summary>
/// One row of the compliance page: a member, their roles and two-step status. <see cref="SortName"/>
/// is the name as the read model orders it (lower-cased by the database), so a cursor made from it
/// lands exactly where the row sits.
/// </summary>
public sealed record ComplianceMember(
    string UserId,
    string? Name,
    string? Email,
    OrganizationRoles Roles,
    MemberStatus Status,
    DateTimeOffset? EnrolledAt,
    DateTimeOffset JoinedAt,
    string? MaskedPhoneNumber,
    string SortName)
{
    /// <summary>Where this member sits in the list order, as a cursor.</summary>
    public MemberCursor Cursor => new(SortName, UserId);
}
