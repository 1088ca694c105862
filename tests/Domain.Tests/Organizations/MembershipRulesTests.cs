using TwoStep.Domain.Errors;
using TwoStep.Domain.Organizations;
using static TwoStep.Domain.Tests.Organizations.OrganizationFixture;

namespace TwoStep.Domain.Tests.Organizations;

public class MembershipRulesTests
{
    [Fact]
    public void The_creator_is_the_first_member_with_both_admin_roles()
    {
        var organization = New();

        var owner = Assert.Single(organization.Members.Values);
        Assert.Equal(Owner, owner.UserId);
        Assert.Equal(OrganizationRoles.Admin, owner.Roles);
        Assert.False(organization.TwoStepRequired);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_organization_needs_a_name(string name)
    {
        var creator = new Member(Owner, null, null, OrganizationRoles.None, MemberStatus.NotEnrolled);

        var refusal = Assert.Throws<RefusalException>(() => MembershipRules.Create("org", name, creator));

        Assert.Equal(ErrorCode.BadUserInput, refusal.Code);
    }

    [Fact]
    public void A_new_member_starts_without_roles_and_not_enrolled()
    {
        var organization = WithMembers(Alice);

        var alice = organization.Find(Alice)!;
        Assert.Equal(OrganizationRoles.None, alice.Roles);
        Assert.Equal(MemberStatus.NotEnrolled, alice.Status);
    }

    [Fact]
    public void Adding_a_member_twice_keeps_one_member_and_their_status()
    {
        var organization = MembershipRules.SetStatus(WithMembers(Alice), Alice, MemberStatus.Enrolled);

        var again = MembershipRules.AddMember(organization, Plain(Owner), Alice, "a@example.com", null, null);

        Assert.Equal(2, again.Members.Count);
        Assert.Equal(MemberStatus.Enrolled, again.Find(Alice)!.Status);
        Assert.Equal("a@example.com", again.Find(Alice)!.Email);
    }

    [Theory]
    [InlineData(OrganizationRoles.None)]
    [InlineData(OrganizationRoles.UserAdmin)]
    [InlineData(OrganizationRoles.OrganizationAdmin)]
    public void Only_a_member_with_both_roles_may_manage_members(OrganizationRoles roles)
    {
        var organization = MembershipRules.SetRoles(WithMembers(Alice), Plain(Owner), Alice, roles);

        var add = Assert.Throws<RefusalException>(
            () => MembershipRules.AddMember(organization, Plain(Alice), Bob, null, null, null));
        var remove = Assert.Throws<RefusalException>(
            () => MembershipRules.RemoveMember(organization, Plain(Alice), Owner));
        var promote = Assert.Throws<RefusalException>(
            () => MembershipRules.SetRoles(organization, Plain(Alice), Alice, OrganizationRoles.Admin));

        Assert.All(new[] { add, remove, promote }, r => Assert.Equal(ErrorCode.Forbidden, r.Code));
    }

    [Fact]
    public void A_stranger_may_not_manage_members()
    {
        var refusal = Assert.Throws<RefusalException>(
            () => MembershipRules.AddMember(New(), Plain(Bob), Bob, null, null, OrganizationRoles.Admin));

        Assert.Equal(ErrorCode.Forbidden, refusal.Code);
    }

    [Fact]
    public void The_last_admin_cannot_be_removed()
    {
        var refusal = Assert.Throws<RefusalException>(
            () => MembershipRules.RemoveMember(WithMembers(Alice), Plain(Owner), Owner));

        Assert.Equal(ErrorCode.Forbidden, refusal.Code);
    }

    [Fact]
    public void The_last_admin_cannot_lose_a_role()
    {
        var refusal = Assert.Throws<RefusalException>(
            () => MembershipRules.SetRoles(New(), Plain(Owner), Owner, OrganizationRoles.UserAdmin));

        Assert.Equal(ErrorCode.Forbidden, refusal.Code);
    }

    [Fact]
    public void An_admin_may_step_down_once_another_admin_exists()
    {
        var organization = MembershipRules.SetRoles(WithMembers(Alice), Plain(Owner), Alice, OrganizationRoles.Admin);

        var next = MembershipRules.RemoveMember(organization, Plain(Owner), Owner);

        Assert.Null(next.Find(Owner));
        Assert.True(next.IsAdmin(Alice));
    }

    [Fact]
    public void Removing_a_non_member_is_not_found()
    {
        var refusal = Assert.Throws<RefusalException>(
            () => MembershipRules.RemoveMember(New(), Plain(Owner), Bob));

        Assert.Equal(ErrorCode.NotFound, refusal.Code);
    }

    [Fact]
    public void While_two_step_is_required_admin_actions_need_a_two_step_session()
    {
        var organization = Required(WithMembers(Alice));

        var plain = Assert.Throws<RefusalException>(
            () => MembershipRules.AddMember(organization, Plain(Owner), Bob, null, null, null));
        var passed = MembershipRules.AddMember(organization, Passed(Owner), Bob, null, null, null);

        Assert.Equal(ErrorCode.TwoStepRequired, plain.Code);
        Assert.NotNull(passed.Find(Bob));
    }

    [Fact]
    public void A_provisioning_credential_manages_members_even_where_two_step_is_required()
    {
        var organization = Required(WithMembers(Alice));

        var added = MembershipRules.AddMember(organization, Provisioning(), Bob, null, null, OrganizationRoles.Admin);
        var removed = MembershipRules.RemoveMember(added, Provisioning(), Alice);
        var demoted = MembershipRules.SetRoles(removed, Provisioning(), Owner, OrganizationRoles.None);

        Assert.Null(demoted.Find(Alice));
        Assert.Equal(OrganizationRoles.Admin, demoted.Find(Bob)!.Roles);
        Assert.Equal(OrganizationRoles.None, demoted.Find(Owner)!.Roles);
        Assert.Null(demoted.Find("provisioning:sync"));
    }

    [Fact]
    public void A_provisioning_credential_cannot_take_the_last_admin_away()
    {
        var organization = WithMembers(Alice);

        var refusal = Assert.Throws<RefusalException>(
            () => MembershipRules.SetRoles(organization, Provisioning(), Owner, OrganizationRoles.UserAdmin));

        Assert.Equal(ErrorCode.Forbidden, refusal.Code);
    }

    [Fact]
    public void A_status_for_a_non_member_changes_nothing()
    {
        var organization = New();

        var next = MembershipRules.SetStatus(organization, Bob, MemberStatus.Enrolled);

        Assert.Same(organization, next);
    }

    [Fact]
    public void A_report_keeps_the_account_s_enrollment_time_only_while_enrolled()
    {
        var enabledAt = DateTimeOffset.UnixEpoch.AddDays(3);
        var renewedAt = enabledAt.AddDays(1);

        var enrolled = MembershipRules.Report(
            WithMembers(Alice), Alice, MemberStatus.Enrolled, "+44 1", enabledAt, null, null);
        var renewed = MembershipRules.Report(enrolled, Alice, MemberStatus.Enrolled, "+44 1", renewedAt, null, null);
        var disabled = MembershipRules.Report(renewed, Alice, MemberStatus.NotEnrolled, null, null, null, null);
        var sso = MembershipRules.Report(enrolled, Alice, MemberStatus.SsoManaged, null, enabledAt, null, null);

        Assert.Equal(enabledAt, enrolled.Find(Alice)!.EnabledAt);
        Assert.Equal(renewedAt, renewed.Find(Alice)!.EnabledAt);
        Assert.Null(disabled.Find(Alice)!.EnabledAt);
        Assert.Null(sso.Find(Alice)!.EnabledAt);
    }

    [Fact]
    public void A_new_number_comes_with_its_enrollment_time_for_enrolled_members_only()
    {
        var enabledAt = DateTimeOffset.UnixEpoch.AddDays(3);
        var changedAt = enabledAt.AddDays(1);
        var organization = MembershipRules.Report(
            WithMembers(Alice, Bob), Alice, MemberStatus.Enrolled, "+44 1", enabledAt, null, null);

        var next = MembershipRules.ChangePhoneNumber(organization, Alice, "+44 2", changedAt);
        var ignored = MembershipRules.ChangePhoneNumber(next, Bob, "+44 3", changedAt);

        Assert.Equal(("+44 2", changedAt), (next.Find(Alice)!.MaskedPhoneNumber, next.Find(Alice)!.EnabledAt));
        Assert.Same(next, ignored);
    }

    private static Organization Required(Organization organization)
    {
        var enrolled = MembershipRules.SetStatus(organization, Owner, MemberStatus.Enrolled);
        return RequirementRules.SetRequirement(enrolled, Plain(Owner), true);
    }
}
