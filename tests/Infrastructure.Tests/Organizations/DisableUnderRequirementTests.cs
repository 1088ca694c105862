using TwoStep.Application.Organizations;
using TwoStep.Application.Users;
using TwoStep.Domain.Organizations;
using static TwoStep.Infrastructure.Tests.Organizations.OrganizationDriver;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Tests.Organizations;

/// <summary>The user grain asks the user's organizations before it turns two-step off.</summary>
public sealed class DisableUnderRequirementTests(OrganizationCluster cluster) : IClassFixture<OrganizationCluster>
{
    private readonly OrganizationDriver _driver = new(cluster);

    [Fact]
    public async Task Disabling_is_refused_while_an_organization_requires_two_step_and_allowed_after()
    {
        var owner = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner, "Strict Ltd");
        await _driver.EnrollAsync(owner);
        (await organization.SetTwoStepRequirement(Passed(owner), true)).Unwrap();
        var user = cluster.Grains.GetGrain<IUserGrain>(owner);
        var caller = Plain(owner).Caller with { TwoStepAt = DateTimeOffset.UtcNow };

        var refused = await user.Disable(caller);
        var stillOn = await user.GetStatus();
        (await organization.SetTwoStepRequirement(Passed(owner), false)).Unwrap();
        var disabled = await user.Disable(caller);

        Assert.Equal(ErrorCode.RequiredByOrganization, refused.Refusal?.Code);
        Assert.Contains("Strict Ltd", refused.Refusal!.Message, StringComparison.Ordinal);
        Assert.True(stillOn.Enabled);
        Assert.False(disabled.Unwrap().Enabled);
    }

    [Fact]
    public async Task After_disabling_the_organizations_see_the_member_as_not_enrolled()
    {
        var owner = NewUserId();
        var (id, _) = await _driver.CreateAsync(owner);
        await _driver.EnrollAsync(owner);
        var caller = Plain(owner).Caller with { TwoStepAt = DateTimeOffset.UtcNow };
        var memberships = cluster.Grains.GetGrain<IUserOrganizationsGrain>(owner);
        var before = await memberships.Join(id);

        (await cluster.Grains.GetGrain<IUserGrain>(owner).Disable(caller)).Unwrap();
        var after = await memberships.Join(id);

        Assert.Equal(MemberStatus.Enrolled, before.Status);
        Assert.Equal(MemberStatus.NotEnrolled, after.Status);
    }
}
