using System.Text.Json;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Organizations.OrganizationClient;

namespace TwoStep.Host.Tests.Organizations;

/// <summary>SPEC "Require two-step": who may switch it, what it would do, and what it asks of admins.</summary>
public sealed class TwoStepRequirementTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Impact = """
        query Impact($id: ID!, $first: Int, $after: String) {
          organization(id: $id) {
            twoStepRequirementImpact(first: $first, after: $after) {
              adminEnrolled
              heldBackCount
              heldBack {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { userId email roles } }
              }
            }
          }
        }
        """;

    private readonly OrganizationClient _client = new(host);

    [Fact]
    public async Task An_admin_who_is_not_enrolled_is_ADMIN_NOT_ENROLLED_and_may_once_enrolled()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);

        var refused = await _client.SetRequirementAsync(_client.Token(owner), id, true);
        await _client.EnrollAsync(owner);
        var accepted = await _client.SetRequirementAsync(_client.Token(owner), id, true);

        Assert.Equal("ADMIN_NOT_ENROLLED", refused.ErrorCode);
        Assert.Empty(accepted.Errors);
        var organization = accepted.Data.GetProperty("setOrganizationTwoStepRequirement").GetProperty("organization");
        Assert.True(organization.GetProperty("twoStepRequired").GetBoolean());
    }

    [Fact]
    public async Task The_impact_counts_and_pages_the_members_who_would_be_held_back()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);
        var waiting = Enumerable.Range(0, 3).Select(n => $"{(char)('a' + n)}-{Guid.NewGuid():N}").ToList();
        foreach (var member in waiting)
        {
            await _client.AddMemberAsync(_client.Token(owner), id, member, email: $"{member}@example.com");
        }

        var enrolled = NewUserId();
        await _client.AddMemberAsync(_client.Token(owner), id, enrolled);
        await _client.EnrollAsync(enrolled);

        var first = await ImpactAsync(owner, id, 2, null);
        var cursor = first.GetProperty("heldBack").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await ImpactAsync(owner, id, 2, cursor);

        Assert.False(first.GetProperty("adminEnrolled").GetBoolean());
        Assert.Equal(4, first.GetProperty("heldBackCount").GetInt32());
        Assert.Equal(4, first.GetProperty("heldBack").GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("heldBack").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("heldBack").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var shown = UserIds(first).Concat(UserIds(second)).ToList();
        Assert.Equal(waiting.Append(owner).Order(StringComparer.Ordinal), shown);
        var firstNode = first.GetProperty("heldBack").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal($"{waiting[0]}@example.com", firstNode.GetProperty("email").GetString());
        Assert.Equal(0, firstNode.GetProperty("roles").GetArrayLength());
    }

    [Fact]
    public async Task The_impact_tells_an_enrolled_admin_they_may_require_two_step()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.EnrollAsync(owner);

        var impact = await ImpactAsync(owner, id, 10, null);

        Assert.True(impact.GetProperty("adminEnrolled").GetBoolean());
        Assert.Equal(0, impact.GetProperty("heldBackCount").GetInt32());
    }

    [Fact]
    public async Task While_two_step_is_required_a_plain_token_is_TWO_STEP_REQUIRED_for_every_admin_action()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member);
        await _client.EnrollAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);
        var token = _client.Token(owner);

        var answers = new[]
        {
            await _client.AddMemberAsync(token, id, NewUserId()),
            await _client.RemoveMemberAsync(token, id, member),
            await _client.SetRolesAsync(token, id, member, "USER_ADMIN"),
            await _client.SetRequirementAsync(token, id, false),
            await host.Client.PostGraphQLAsync(Impact, new { id }, token),
        };

        Assert.All(answers, answer => Assert.Equal("TWO_STEP_REQUIRED", answer.ErrorCode));
        Assert.Equal("ENROLLMENT_REQUIRED", await _client.DecisionAsync(_client.Token(member), id));
    }

    [Fact]
    public async Task An_admin_who_signs_in_through_SSO_keeps_managing_an_organization_that_requires_two_step()
    {
        var owner = NewUserId();
        var ssoAdmin = NewUserId();
        var late = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, ssoAdmin, ["USER_ADMIN", "ORGANIZATION_ADMIN"]);
        await _client.EnrollAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);

        var added = await _client.AddMemberAsync(_client.Token(ssoAdmin, "sso"), id, late);

        Assert.Empty(added.Errors);
        Assert.Equal("ENROLLMENT_REQUIRED", await _client.DecisionAsync(_client.Token(late), id));
    }

    [Fact]
    public async Task With_a_two_step_token_an_admin_manages_an_organization_that_requires_two_step()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var twoStep = await _client.TwoStepTokenAsync(owner);
        var id = await _client.CreateAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);

        var answers = new[]
        {
            await _client.AddMemberAsync(twoStep, id, member),
            await _client.SetRolesAsync(twoStep, id, member, "USER_ADMIN", "ORGANIZATION_ADMIN"),
            await host.Client.PostGraphQLAsync(Impact, new { id }, twoStep),
            await _client.RemoveMemberAsync(twoStep, id, member),
            await _client.SetRequirementAsync(twoStep, id, false),
        };

        Assert.All(answers, answer => Assert.Empty(answer.Errors));
        var organization = answers[^1].Data.GetProperty("setOrganizationTwoStepRequirement")
            .GetProperty("organization");
        Assert.False(organization.GetProperty("twoStepRequired").GetBoolean());
    }

    [Fact]
    public async Task An_identity_provider_token_that_claims_a_second_step_is_still_TWO_STEP_REQUIRED()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.EnrollAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);
        var forged = _client.ForgedTwoStepClaims(owner);

        var added = await _client.AddMemberAsync(forged, id, NewUserId());
        var decision = await _client.DecisionAsync(forged, id);

        Assert.Equal("TWO_STEP_REQUIRED", added.ErrorCode);
        Assert.Equal("TWO_STEP_REQUIRED", decision);
    }

    [Fact]
    public async Task A_member_may_not_turn_two_step_off_while_an_organization_requires_it()
    {
        const string disable = "mutation { disableTwoStep { twoStep { enabled } } }";
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner, "Required Ltd");
        await _client.AddMemberAsync(_client.Token(owner), id, member);
        var ownerTwoStep = await _client.TwoStepTokenAsync(owner);
        var memberTwoStep = await _client.TwoStepTokenAsync(member);
        await _client.SetRequirementAsync(ownerTwoStep, id, true);

        var refused = await host.Client.PostGraphQLAsync(disable, token: memberTwoStep);
        await _client.SetRequirementAsync(ownerTwoStep, id, false);
        var accepted = await host.Client.PostGraphQLAsync(disable, token: memberTwoStep);
        var required = await _client.SetRequirementAsync(ownerTwoStep, id, true);

        Assert.Equal("REQUIRED_BY_ORGANIZATION", refused.ErrorCode);
        Assert.Contains("Required Ltd", refused.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(accepted.Errors);
        Assert.Empty(required.Errors);
        Assert.Equal("ENROLLMENT_REQUIRED", await _client.DecisionAsync(memberTwoStep, id));
    }

    private async Task<JsonElement> ImpactAsync(string userId, string id, int first, string? after)
    {
        var answer = await host.Client.PostGraphQLAsync(Impact, new { id, first, after }, _client.Token(userId));
        Assert.Empty(answer.Errors);
        return answer.Data.GetProperty("organization").GetProperty("twoStepRequirementImpact");
    }

    private static IEnumerable<string> UserIds(JsonElement impact) =>
        impact.GetProperty("heldBack").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node").GetProperty("userId").GetString()!);
}
