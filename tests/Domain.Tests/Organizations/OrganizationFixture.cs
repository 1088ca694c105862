using TwoStep.Domain.Identity;
using TwoStep.Domain.Organizations;

namespace TwoStep.Domain.Tests.Organizations;

internal static class OrganizationFixture
{
    public const string Owner = "owner";
    public const string Alice = "alice";
    public const string Bob = "bob";

    public static Session Plain(string userId) => new(userId, IdentityProvider.Password, false);

    public static Session Passed(string userId) => new(userId, IdentityProvider.Password, true);

    public static Session Sso(string userId) => new(userId, IdentityProvider.Sso, false);

    public static Organization New() =>
        MembershipRules.Create(
            "org-1",
            "Acme",
            new Member(Owner, null, null, OrganizationRoles.None, MemberStatus.NotEnrolled));

    public static Organization WithMembers(params string[] userIds)
    {
        var organization = New();
        foreach (var userId in userIds)
        {
            organization = MembershipRules.AddMember(organization, Plain(Owner), userId, null, null, null);
        }

        return organization;
    }
}
