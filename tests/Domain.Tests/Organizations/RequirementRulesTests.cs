using TwoStep.Domain.Errors;
using TwoStep.Domain.Organizations;
using static TwoStep.Domain.Tests.Organizations.OrganizationFixture;

namespace TwoStep.Domain.Tests.Organizations;

public class RequirementRulesTests
{
    [Fact]
    public void An_admin_who_is_not_enrolled_may_not_require_two_step()
    {
        var refusal = Assert.Throws<RefusalException>(
            () => RequirementRules.SetRequirement(New(), Plain(Owner), true));

        Assert.Equal(ErrorCode.AdminNotEnrolled, refusal.Code);
    }

    [Fact]
    public void An_enrolled_admin_may_require_two_step()
    {
        var organization = MembershipRules.SetStatus(New(), Owner, MemberStatus.Enrolled);

        var required = RequirementRules.SetRequirement(organization, Plain(Owner), true);

        Assert.True(required.TwoStepRequired);
    }

    [Fact]
    public void A_member_who_is_not_an_admin_may_not_switch_the_requirement()
    {
        var organization = MembershipRules.SetStatus(WithMembers(Alice), Alice, MemberStatus.Enrolled);

        var refusal = Assert.Throws<RefusalException>(
            () => RequirementRules.SetRequirement(organization, Plain(Alice), true));

        Assert.Equal(ErrorCode.Forbidden, refusal.Code);
    }

    [Fact]
    public void Switching_off_needs_a_two_step_session_but_not_enrollment_checks()
    {
        var organization = MembershipRules.SetStatus(New(), Owner, MemberStatus.Enrolled);
        var required = RequirementRules.SetRequirement(organization, Plain(Owner), true);

        var plain = Assert.Throws<RefusalException>(
            () => RequirementRules.SetRequirement(required, Plain(Owner), false));
        var off = RequirementRules.SetRequirement(required, Passed(Owner), false);

        Assert.Equal(ErrorCode.TwoStepRequired, plain.Code);
        Assert.False(off.TwoStepRequired);
    }

    [Fact]
    public void The_impact_lists_members_not_enrolled_and_not_managed_by_sso_in_id_order()
    {
        var organization = WithMembers(Bob, Alice, "carol");
        organization = MembershipRules.SetStatus(organization, "carol", MemberStatus.SsoManaged);
        organization = MembershipRules.SetStatus(organization, Owner, MemberStatus.Enrolled);

        var heldBack = RequirementRules.HeldBack(organization);

        Assert.Equal([Alice, Bob], heldBack.Select(m => m.UserId));
    }
}
