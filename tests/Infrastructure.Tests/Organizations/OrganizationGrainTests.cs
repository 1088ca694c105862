using Npgsql;
using TwoStep.Application.Organizations;
using TwoStep.Domain.Organizations;
using static TwoStep.Infrastructure.Tests.Organizations.OrganizationDriver;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Tests.Organizations;

public sealed class OrganizationGrainTests(OrganizationCluster cluster) : IClassFixture<OrganizationCluster>
{
    private readonly OrganizationDriver _driver = new(cluster);

    [Fact]
    public async Task The_creator_is_an_admin_member_and_a_stranger_sees_nothing()
    {
        var owner = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner, "  Acme  ");

        var seen = (await organization.Describe(Plain(owner))).Unwrap();
        var stranger = await organization.Describe(Plain(NewUserId()));
        var impact = await organization.GetRequirementImpact(Plain(owner), 10, null);

        Assert.Equal(new OrganizationView(seen.Id, "Acme", false, 1), seen);
        Assert.Equal(ErrorCode.NotFound, stranger.Refusal?.Code);
        Assert.Null(impact.Refusal);
    }

    [Fact]
    public async Task Members_without_both_roles_are_forbidden_every_admin_action()
    {
        var owner = NewUserId();
        var alice = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner);
        await organization.AddMember(Plain(owner), new NewMember(alice, null, null, OrganizationRoles.UserAdmin));

        var replies = new[]
        {
            (await organization.AddMember(Plain(alice), new NewMember(NewUserId(), null, null, null))).Refusal,
            (await organization.RemoveMember(Plain(alice), owner)).Refusal,
            (await organization.SetMemberRoles(Plain(alice), alice, OrganizationRoles.Admin)).Refusal,
            (await organization.SetTwoStepRequirement(Plain(alice), false)).Refusal,
            (await organization.GetRequirementImpact(Plain(alice), 10, null)).Refusal,
            (await organization.GetAuditLog(Plain(alice), 10, null)).Refusal,
        };

        Assert.All(replies, r => Assert.Equal(ErrorCode.Forbidden, r?.Code));
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_removed_nor_demoted()
    {
        var owner = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner);

        var removed = await organization.RemoveMember(Plain(owner), owner);
        var demoted = await organization.SetMemberRoles(Plain(owner), owner, OrganizationRoles.OrganizationAdmin);

        Assert.Equal(ErrorCode.Forbidden, removed.Refusal?.Code);
        Assert.Equal(ErrorCode.Forbidden, demoted.Refusal?.Code);
        Assert.Null((await organization.Describe(Plain(owner))).Refusal);
    }

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_leave_exactly_one_admin()
    {
        var owner = NewUserId();
        var alice = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner);
        await organization.AddMember(Plain(owner), new NewMember(alice, null, null, OrganizationRoles.Admin));

        var replies = await Task.WhenAll(
            organization.SetMemberRoles(Plain(owner), alice, OrganizationRoles.None),
            organization.SetMemberRoles(Plain(alice), owner, OrganizationRoles.None));

        Assert.Single(replies, r => r.Refusal is null);
        var stillAdmin = await Task.WhenAll(
            organization.GetRequirementImpact(Plain(owner), 1, null),
            organization.GetRequirementImpact(Plain(alice), 1, null));
        Assert.Single(stillAdmin, r => r.Refusal is null);
    }

    [Fact]
    public async Task Only_an_enrolled_admin_may_require_two_step()
    {
        var owner = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner);

        var before = await organization.SetTwoStepRequirement(Plain(owner), true);
        await _driver.EnrollAsync(owner);
        var after = await organization.SetTwoStepRequirement(Plain(owner), true);

        Assert.Equal(ErrorCode.AdminNotEnrolled, before.Refusal?.Code);
        Assert.True(after.Unwrap().TwoStepRequired);
    }

    [Fact]
    public async Task Every_access_reason_follows_each_kind_of_change()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner);
        await _driver.EnrollAsync(owner);

        Assert.Equal(AccessDenialReason.NotAMember, await ReasonAsync(organization, Passed(member)));

        await organization.AddMember(Plain(owner), new NewMember(member, null, null, null));
        Assert.Null(await ReasonAsync(organization, Plain(member)));

        await organization.SetTwoStepRequirement(Plain(owner), true);
        Assert.Equal(AccessDenialReason.EnrollmentRequired, await ReasonAsync(organization, Passed(member)));
        Assert.Null(await ReasonAsync(organization, Sso(member)));

        await _driver.EnrollAsync(member);
        Assert.Equal(AccessDenialReason.TwoStepRequired, await ReasonAsync(organization, Plain(member)));
        Assert.Null(await ReasonAsync(organization, Passed(member)));

        (await organization.SetTwoStepRequirement(Passed(owner), false)).Unwrap();
        Assert.Null(await ReasonAsync(organization, Plain(member)));

        (await organization.RemoveMember(Plain(owner), member)).Unwrap();
        Assert.Equal(AccessDenialReason.NotAMember, await ReasonAsync(organization, Passed(member)));
    }

    [Fact]
    public async Task The_requirement_holds_a_member_added_after_it_was_switched_on()
    {
        var owner = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner);
        await _driver.EnrollAsync(owner);
        (await organization.SetTwoStepRequirement(Plain(owner), true)).Unwrap();
        var newcomer = NewUserId();

        var plainAdd = await organization.AddMember(Plain(owner), new NewMember(newcomer, null, null, null));
        (await organization.AddMember(Passed(owner), new NewMember(newcomer, null, null, null))).Unwrap();

        Assert.Equal(ErrorCode.TwoStepRequired, plainAdd.Refusal?.Code);
        Assert.Equal(AccessDenialReason.EnrollmentRequired, await ReasonAsync(organization, Passed(newcomer)));
    }

    [Fact]
    public async Task A_member_already_enrolled_is_known_as_enrolled_the_moment_they_are_added()
    {
        var owner = NewUserId();
        var member = NewUserId();
        await _driver.EnrollAsync(member);
        var (_, organization) = await _driver.CreateAsync(owner);
        await _driver.EnrollAsync(owner);
        (await organization.SetTwoStepRequirement(Plain(owner), true)).Unwrap();

        (await organization.AddMember(Passed(owner), new NewMember(member, null, null, null))).Unwrap();

        Assert.Equal(AccessDenialReason.TwoStepRequired, await ReasonAsync(organization, Plain(member)));
    }

    [Fact]
    public async Task Organizations_are_separate()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var (_, strict) = await _driver.CreateAsync(owner, "Strict");
        var (_, relaxed) = await _driver.CreateAsync(owner, "Relaxed");
        await _driver.EnrollAsync(owner);
        await strict.AddMember(Plain(owner), new NewMember(member, null, null, null));
        await relaxed.AddMember(Plain(owner), new NewMember(member, null, null, null));

        (await strict.SetTwoStepRequirement(Plain(owner), true)).Unwrap();

        Assert.Equal(AccessDenialReason.EnrollmentRequired, await ReasonAsync(strict, Plain(member)));
        Assert.Null(await ReasonAsync(relaxed, Plain(member)));
        Assert.False((await relaxed.Describe(Plain(member))).Unwrap().TwoStepRequired);
    }

    [Fact]
    public async Task Both_sides_know_a_membership_and_both_forget_it()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var (id, organization) = await _driver.CreateAsync(owner);
        var memberships = cluster.Grains.GetGrain<IUserOrganizationsGrain>(member);

        await organization.AddMember(Plain(owner), new NewMember(member, null, null, null));
        var joined = await memberships.GetOrganizations();
        await organization.RemoveMember(Plain(owner), member);
        var left = await memberships.GetOrganizations();

        Assert.Equal([id], joined);
        Assert.Empty(left);
        Assert.Equal([id], await cluster.Grains.GetGrain<IUserOrganizationsGrain>(owner).GetOrganizations());
    }

    [Fact]
    public async Task Disabling_two_step_is_refused_naming_the_organizations_that_require_it()
    {
        var owner = NewUserId();
        var (_, strict) = await _driver.CreateAsync(owner, "Strict Ltd");
        var (_, relaxed) = await _driver.CreateAsync(owner, "Relaxed Ltd");
        await _driver.EnrollAsync(owner);
        var memberships = cluster.Grains.GetGrain<IUserOrganizationsGrain>(owner);
        var allowedBefore = await memberships.EnsureMayDisableTwoStep();

        (await strict.SetTwoStepRequirement(Plain(owner), true)).Unwrap();
        var refused = await memberships.EnsureMayDisableTwoStep();
        (await strict.SetTwoStepRequirement(Passed(owner), false)).Unwrap();
        var allowedAfter = await memberships.EnsureMayDisableTwoStep();

        Assert.True(allowedBefore.Unwrap());
        Assert.Equal(ErrorCode.RequiredByOrganization, refused.Refusal?.Code);
        Assert.Contains("Strict Ltd", refused.Refusal!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Relaxed Ltd", refused.Refusal.Message, StringComparison.Ordinal);
        Assert.True(allowedAfter.Unwrap());
        Assert.NotNull(relaxed);
    }

    [Fact]
    public async Task The_impact_counts_and_pages_the_members_who_would_be_held_back()
    {
        var owner = NewUserId();
        var (_, organization) = await _driver.CreateAsync(owner);
        var members = Enumerable.Range(0, 3).Select(i => $"impact-{i}-{Guid.NewGuid():N}").ToList();
        foreach (var member in members)
        {
            await organization.AddMember(Plain(owner), new NewMember(member, null, null, null));
        }

        await _driver.EnrollAsync(members[1]);

        var first = (await organization.GetRequirementImpact(Plain(owner), 2, null)).Unwrap();
        var second = (await organization.GetRequirementImpact(Plain(owner), 2, first.EndCursor)).Unwrap();

        var expected = new[] { owner, members[0], members[2] }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, first.HeldBackCount);
        Assert.False(first.AdminEnrolled);
        Assert.True(first.HasNextPage);
        Assert.Equal(expected, first.HeldBack.Concat(second.HeldBack).Select(m => m.UserId));
        Assert.False(second.HasNextPage);
    }

    [Fact]
    public async Task The_audit_log_keeps_a_scripted_series_of_changes_newest_first()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var (id, organization) = await _driver.CreateAsync(owner);
        await organization.AddMember(Plain(owner), new NewMember(member, null, null, null));
        await organization.SetMemberRoles(Plain(owner), member, OrganizationRoles.UserAdmin);
        await _driver.EnrollAsync(owner);
        await organization.SetTwoStepRequirement(Plain(owner), true);
        await organization.RemoveMember(Passed(owner), member);

        var first = (await organization.GetAuditLog(Passed(owner), 4, null)).Unwrap();
        var rest = (await organization.GetAuditLog(Passed(owner), 4, first.Entries[^1].Sequence)).Unwrap();

        var entries = first.Entries.Concat(rest.Entries).ToList();
        Assert.Equal(
            [
                (AuditActions.MemberRemoved, owner, member),
                (AuditActions.RequirementChanged, owner, null),
                (AuditActions.MemberEnrollmentChanged, owner, owner),
                (AuditActions.MemberRolesChanged, owner, member),
                (AuditActions.MemberAdded, owner, member),
                (AuditActions.OrganizationCreated, owner, null),
            ],
            entries.Select(e => (e.Action, e.ActorId, e.SubjectId)));
        Assert.True(first.HasNextPage);
        Assert.False(rest.HasNextPage);
        Assert.Equal("UserAdmin", entries[3].Detail);
        await Assert.ThrowsAsync<PostgresException>(() => cluster.Database.ExecuteAsync(
            "UPDATE organization_audit SET action = 'forged' WHERE organization_id = @id", ("id", id)));
    }
}
