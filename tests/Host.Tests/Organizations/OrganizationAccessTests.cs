using System.Net;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Organizations.OrganizationClient;

namespace TwoStep.Host.Tests.Organizations;

/// <summary>
/// SPEC "Access decision": every reason, before and after each kind of change, asked over GraphQL and
/// over the plain endpoint, which must always agree.
/// </summary>
public sealed class OrganizationAccessTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly OrganizationClient _client = new(host);

    [Fact]
    public async Task Membership_decides_access_the_moment_it_changes()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        var token = _client.Token(member);

        var before = await _client.DecisionAsync(token, id);
        await _client.AddMemberAsync(_client.Token(owner), id, member);
        var added = await _client.DecisionAsync(token, id);
        await _client.RemoveMemberAsync(_client.Token(owner), id, member);
        var removed = await _client.DecisionAsync(token, id);

        Assert.Equal(["NOT_A_MEMBER", Allowed, "NOT_A_MEMBER"], [before, added, removed]);
    }

    [Fact]
    public async Task The_requirement_holds_back_members_who_are_not_enrolled_until_it_is_switched_off()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member);
        await _client.EnrollAsync(owner);
        var token = _client.Token(member);

        var before = await _client.DecisionAsync(token, id);
        var required = await _client.SetRequirementAsync(_client.Token(owner), id, true);
        var whileRequired = await _client.DecisionAsync(token, id);

        Assert.Empty(required.Errors);
        Assert.Equal([Allowed, "ENROLLMENT_REQUIRED"], [before, whileRequired]);
    }

    [Fact]
    public async Task Enrolling_turns_ENROLLMENT_REQUIRED_into_TWO_STEP_REQUIRED_for_a_plain_token()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member);
        await _client.EnrollAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);

        var before = await _client.DecisionAsync(_client.Token(member), id);
        await _client.EnrollAsync(member);
        var after = await _client.DecisionAsync(_client.Token(member), id);
        var ownerPlain = await _client.DecisionAsync(_client.Token(owner), id);

        Assert.Equal(["ENROLLMENT_REQUIRED", "TWO_STEP_REQUIRED", "TWO_STEP_REQUIRED"], [before, after, ownerPlain]);
    }

    [Fact]
    public async Task A_member_added_after_the_requirement_is_held_back_at_once()
    {
        var owner = NewUserId();
        var ssoAdmin = NewUserId();
        var late = NewUserId();
        var enrolledLate = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, ssoAdmin, ["USER_ADMIN", "ORGANIZATION_ADMIN"]);
        await _client.EnrollAsync(owner);
        await _client.EnrollAsync(enrolledLate);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);

        // An SSO admin adds them: their provider enforces its own factor, so no two-step token is needed.
        await _client.AddMemberAsync(_client.Token(ssoAdmin, "sso"), id, late);
        await _client.AddMemberAsync(_client.Token(ssoAdmin, "sso"), id, enrolledLate);

        Assert.Equal("ENROLLMENT_REQUIRED", await _client.DecisionAsync(_client.Token(late), id));
        Assert.Equal("TWO_STEP_REQUIRED", await _client.DecisionAsync(_client.Token(enrolledLate), id));
    }

    [Fact]
    public async Task A_two_step_token_is_allowed_where_the_plain_token_is_TWO_STEP_REQUIRED()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member);
        await _client.EnrollAsync(owner);
        var twoStep = await _client.TwoStepTokenAsync(member);

        var beforeRequirement = await _client.DecisionAsync(twoStep, id);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);
        var withTwoStep = await _client.DecisionAsync(twoStep, id);
        var plain = await _client.DecisionAsync(_client.Token(member), id);
        var forged = await _client.DecisionAsync(_client.ForgedTwoStepClaims(member), id);

        Assert.Equal([Allowed, Allowed], [beforeRequirement, withTwoStep]);
        Assert.Equal(["TWO_STEP_REQUIRED", "TWO_STEP_REQUIRED"], [plain, forged]);
    }

    [Fact]
    public async Task A_member_who_signs_in_through_SSO_is_allowed_while_two_step_is_required()
    {
        var owner = NewUserId();
        var ssoMember = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, ssoMember);
        await _client.EnrollAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);

        var sso = await _client.DecisionAsync(_client.Token(ssoMember, "sso"), id);
        var password = await _client.DecisionAsync(_client.Token(ssoMember), id);

        Assert.Equal(Allowed, sso);
        Assert.Equal("ENROLLMENT_REQUIRED", password);
    }

    [Fact]
    public async Task Roles_do_not_change_access()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member, ["USER_ADMIN", "ORGANIZATION_ADMIN"]);

        var asAdmin = await _client.DecisionAsync(_client.Token(member), id);
        await _client.SetRolesAsync(_client.Token(owner), id, member);
        var withoutRoles = await _client.DecisionAsync(_client.Token(member), id);

        Assert.Equal([Allowed, Allowed], [asAdmin, withoutRoles]);
    }

    [Fact]
    public async Task The_requirement_of_one_organization_does_not_reach_another()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var strict = await _client.CreateAsync(owner, "Strict");
        var relaxed = await _client.CreateAsync(owner, "Relaxed");
        await _client.AddMemberAsync(_client.Token(owner), strict, member);
        await _client.AddMemberAsync(_client.Token(owner), relaxed, member);
        await _client.EnrollAsync(owner);

        await _client.SetRequirementAsync(_client.Token(owner), strict, true);

        Assert.Equal("ENROLLMENT_REQUIRED", await _client.DecisionAsync(_client.Token(member), strict));
        Assert.Equal(Allowed, await _client.DecisionAsync(_client.Token(member), relaxed));
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("6c1f9d8e-0000-4000-8000-000000000000")]
    public async Task An_organization_that_does_not_exist_is_NOT_A_MEMBER(string id)
    {
        var decision = await _client.DecisionAsync(_client.Token(NewUserId()), id);

        Assert.Equal("NOT_A_MEMBER", decision);
    }

    [Fact]
    public async Task The_plain_endpoint_answers_401_without_a_token_it_can_trust()
    {
        var id = await _client.CreateAsync(NewUserId());
        var forged = TestTokens.For(NewUserId(), DateTimeOffset.UtcNow, signingKey: new string('x', 48));

        var (missing, missingBody, missingResponse) = await _client.AccessOverHttpAsync(null, id);
        var (untrusted, _, untrustedResponse) = await _client.AccessOverHttpAsync(forged, id);

        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal(HttpStatusCode.Unauthorized, untrusted);
        Assert.Equal("Bearer", missingResponse.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("""{"error":"UNAUTHENTICATED"}""", missingBody);
        missingResponse.Dispose();
        untrustedResponse.Dispose();
    }

    [Fact]
    public async Task The_plain_endpoint_answers_json_that_no_cache_keeps()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);

        var (status, body, response) = await _client.AccessOverHttpAsync(_client.Token(owner), id);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("""{"allowed":true}""", body);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.NoStore);
        }
    }
}
