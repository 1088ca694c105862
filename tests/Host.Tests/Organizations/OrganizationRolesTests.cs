using System.Text.Json;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Organizations.OrganizationClient;

namespace TwoStep.Host.Tests.Organizations;

/// <summary>SPEC "Organizations and enforcement": who may do what, over GraphQL through the real host.</summary>
public sealed class OrganizationRolesTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Describe = """
        query Describe($id: ID!) { organization(id: $id) { id name twoStepRequired } }
        """;

    private const string Impact = """
        query Impact($id: ID!) { organization(id: $id) { twoStepRequirementImpact { heldBackCount } } }
        """;

    private const string Audit = """
        query Audit($id: ID!) { organization(id: $id) { auditLog { totalCount } } }
        """;

    private readonly OrganizationClient _client = new(host);

    [Fact]
    public async Task The_creator_sees_the_organization_and_a_stranger_gets_null()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner, "  Acme Corp  ");

        var seen = await host.Client.PostGraphQLAsync(Describe, new { id }, _client.Token(owner));
        var stranger = await host.Client.PostGraphQLAsync(Describe, new { id }, _client.Token(NewUserId()));

        Assert.Empty(seen.Errors);
        var organization = seen.Data.GetProperty("organization");
        Assert.Equal(id, organization.GetProperty("id").GetString());
        Assert.Equal("Acme Corp", organization.GetProperty("name").GetString());
        Assert.False(organization.GetProperty("twoStepRequired").GetBoolean());
        Assert.Empty(stranger.Errors);
        Assert.Equal(JsonValueKind.Null, stranger.Data.GetProperty("organization").ValueKind);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task An_organization_that_does_not_exist_is_null_and_changing_it_is_NOT_FOUND(string id)
    {
        var token = _client.Token(NewUserId());

        var described = await host.Client.PostGraphQLAsync(Describe, new { id }, token);
        var added = await _client.AddMemberAsync(token, id, NewUserId());

        Assert.Equal(JsonValueKind.Null, described.Data.GetProperty("organization").ValueKind);
        Assert.Equal("NOT_FOUND", added.ErrorCode);
    }

    [Fact]
    public async Task Creating_an_organization_without_a_name_is_BAD_USER_INPUT()
    {
        const string create = """mutation { createOrganization(input: { name: "   " }) { organization { id } } }""";

        var answer = await host.Client.PostGraphQLAsync(create, token: _client.Token(NewUserId()));

        Assert.Equal("BAD_USER_INPUT", answer.ErrorCode);
    }

    [Fact]
    public async Task Organization_fields_without_a_token_are_UNAUTHENTICATED()
    {
        var id = await _client.CreateAsync(NewUserId());

        var described = await host.Client.PostGraphQLAsync(Describe, new { id });
        var added = await host.Client.PostGraphQLAsync(
            """mutation { createOrganization(input: { name: "Nope" }) { organization { id } } }""");

        Assert.Equal("UNAUTHENTICATED", described.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", added.ErrorCode);
    }

    [Fact]
    public async Task A_member_added_by_id_before_ever_calling_TwoStep_sees_the_organization()
    {
        var owner = NewUserId();
        var newcomer = NewUserId();
        var id = await _client.CreateAsync(owner);

        var added = await _client.AddMemberAsync(_client.Token(owner), id, newcomer, email: "new@example.com");
        var seen = await host.Client.PostGraphQLAsync(Describe, new { id }, _client.Token(newcomer));

        Assert.Empty(added.Errors);
        Assert.Equal(id, seen.Data.GetProperty("organization").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("USER_ADMIN")]
    [InlineData("ORGANIZATION_ADMIN")]
    public async Task A_member_without_both_admin_roles_is_FORBIDDEN_every_admin_action(string role)
    {
        string[] roles = role.Length == 0 ? [] : [role];
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member, roles);
        var token = _client.Token(member);

        var answers = new[]
        {
            await _client.AddMemberAsync(token, id, NewUserId()),
            await _client.RemoveMemberAsync(token, id, owner),
            await _client.SetRolesAsync(token, id, member, "USER_ADMIN", "ORGANIZATION_ADMIN"),
            await _client.SetRequirementAsync(token, id, false),
            await host.Client.PostGraphQLAsync(Impact, new { id }, token),
            await host.Client.PostGraphQLAsync(Audit, new { id }, token),
        };

        Assert.All(answers, answer => Assert.Equal("FORBIDDEN", answer.ErrorCode));
    }

    [Fact]
    public async Task A_stranger_is_FORBIDDEN_to_change_an_organization()
    {
        var id = await _client.CreateAsync(NewUserId());
        var stranger = NewUserId();

        var answer = await _client.AddMemberAsync(
            _client.Token(stranger), id, stranger, ["USER_ADMIN", "ORGANIZATION_ADMIN"]);

        Assert.Equal("FORBIDDEN", answer.ErrorCode);
    }

    [Fact]
    public async Task An_admin_made_by_an_admin_may_manage_members()
    {
        var owner = NewUserId();
        var second = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, second);

        var promoted = await _client.SetRolesAsync(
            _client.Token(owner), id, second, "USER_ADMIN", "ORGANIZATION_ADMIN");
        var added = await _client.AddMemberAsync(_client.Token(second), id, NewUserId());
        var removed = await _client.RemoveMemberAsync(_client.Token(second), id, owner);

        Assert.Empty(promoted.Errors);
        Assert.Empty(added.Errors);
        Assert.Empty(removed.Errors);
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_removed_nor_demoted()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);
        var token = _client.Token(owner);

        var removed = await _client.RemoveMemberAsync(token, id, owner);
        var demoted = await _client.SetRolesAsync(token, id, owner, "USER_ADMIN");
        var stillAdmin = await _client.AddMemberAsync(token, id, NewUserId());

        Assert.Equal("FORBIDDEN", removed.ErrorCode);
        Assert.Equal("FORBIDDEN", demoted.ErrorCode);
        Assert.Empty(stillAdmin.Errors);
    }

    [Fact]
    public async Task Removing_someone_who_is_not_a_member_is_NOT_FOUND()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);

        var answer = await _client.RemoveMemberAsync(_client.Token(owner), id, NewUserId());

        Assert.Equal("NOT_FOUND", answer.ErrorCode);
    }

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_leave_exactly_one_admin()
    {
        var owner = NewUserId();
        var alice = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, alice, ["USER_ADMIN", "ORGANIZATION_ADMIN"]);

        var answers = await Task.WhenAll(
            _client.SetRolesAsync(_client.Token(owner), id, alice),
            _client.SetRolesAsync(_client.Token(alice), id, owner));

        Assert.Single(answers, answer => answer.Errors.Count == 0);
        Assert.Single(answers, answer => answer.ErrorCode == "FORBIDDEN");
        var stillAdmin = await Task.WhenAll(
            host.Client.PostGraphQLAsync(Impact, new { id }, _client.Token(owner)),
            host.Client.PostGraphQLAsync(Impact, new { id }, _client.Token(alice)));
        Assert.Single(stillAdmin, answer => answer.Errors.Count == 0);
    }

    [Fact]
    public async Task A_person_may_belong_to_many_organizations_and_each_is_separate()
    {
        var alice = NewUserId();
        var bob = NewUserId();
        var first = await _client.CreateAsync(alice, "First");
        var second = await _client.CreateAsync(bob, "Second");
        await _client.AddMemberAsync(_client.Token(bob), second, alice);

        var adminElsewhere = await _client.AddMemberAsync(_client.Token(alice), second, NewUserId());
        var bobInFirst = await host.Client.PostGraphQLAsync(Describe, new { id = first }, _client.Token(bob));
        var aliceInSecond = await host.Client.PostGraphQLAsync(Describe, new { id = second }, _client.Token(alice));

        Assert.Equal("FORBIDDEN", adminElsewhere.ErrorCode);
        Assert.Equal(JsonValueKind.Null, bobInFirst.Data.GetProperty("organization").ValueKind);
        Assert.Equal("Second", aliceInSecond.Data.GetProperty("organization").GetProperty("name").GetString());
    }
}
