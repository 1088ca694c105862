using TwoStep.Domain.Organizations;
using static TwoStep.Domain.Tests.Organizations.OrganizationFixture;

namespace TwoStep.Domain.Tests.Organizations;

public class AccessRulesTests
{
    [Fact]
    public void A_stranger_is_not_a_member()
    {
        var decision = AccessRules.Decide(New(), Passed(Bob));

        Assert.Equal(AccessDecision.Deny(AccessDenialReason.NotAMember), decision);
    }

    [Fact]
    public void A_missing_organization_has_no_members()
    {
        var decision = AccessRules.Decide(null, Passed(Bob));

        Assert.Equal(AccessDenialReason.NotAMember, decision.Reason);
    }

    [Fact]
    public void Without_the_requirement_every_member_is_allowed()
    {
        var decision = AccessRules.Decide(WithMembers(Alice), Plain(Alice));

        Assert.True(decision.Allowed);
        Assert.Null(decision.Reason);
    }

    [Fact]
    public void With_the_requirement_a_member_not_enrolled_must_enroll()
    {
        var decision = AccessRules.Decide(Required(WithMembers(Alice)), Passed(Alice));

        Assert.Equal(AccessDecision.Deny(AccessDenialReason.EnrollmentRequired), decision);
    }

    [Fact]
    public void With_the_requirement_an_enrolled_member_needs_a_two_step_session()
    {
        var organization = MembershipRules.SetStatus(Required(WithMembers(Alice)), Alice, MemberStatus.Enrolled);

        var plain = AccessRules.Decide(organization, Plain(Alice));
        var passed = AccessRules.Decide(organization, Passed(Alice));

        Assert.Equal(AccessDenialReason.TwoStepRequired, plain.Reason);
        Assert.True(passed.Allowed);
    }

    [Fact]
    public void A_member_signed_in_through_sso_is_allowed()
    {
        var decision = AccessRules.Decide(Required(WithMembers(Alice)), Sso(Alice));

        Assert.True(decision.Allowed);
    }

    private static Organization Required(Organization organization)
    {
        var enrolled = MembershipRules.SetStatus(organization, Owner, MemberStatus.Enrolled);
        return RequirementRules.SetRequirement(enrolled, Plain(Owner), true);
    }
}
