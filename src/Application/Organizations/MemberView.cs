using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>
/// A member as admins see them: the number masked, and with <see cref="EnabledAt"/> (when the
/// account enrolled), only while enrolled. <see cref="EnabledAt"/> is also null for a member
/// stored before the organization kept it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MemberView(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Name,
    [property: Id(3)] OrganizationRoles Roles,
    [property: Id(4)] MemberStatus Status,
    [property: Id(5)] string? MaskedPhoneNumber = null,
    [property: Id(6)] DateTimeOffset? EnabledAt = null)
{
    public static MemberView From(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(
            member.UserId,
            member.Email,
            member.Name,
            member.Roles,
            member.Status,
            member.MaskedPhoneNumber,
            member.EnabledAt);
    }
}
