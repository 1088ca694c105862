using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>A member as admins see them (the number masked, and only while enrolled).</summary>
[GenerateSerializer, Immutable]
public sealed record MemberView(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? Email,
    [property: Id(2)] string? Name,
    [property: Id(3)] OrganizationRoles Roles,
    [property: Id(4)] MemberStatus Status,
    [property: Id(5)] string? MaskedPhoneNumber = null)
{
    public static MemberView From(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(member.UserId, member.Email, member.Name, member.Roles, member.Status, member.MaskedPhoneNumber);
    }
}
