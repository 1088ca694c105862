using System.Text.Json;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Organizations.OrganizationClient;

namespace TwoStep.Host.Tests.Organizations;

/// <summary>SPEC "Organizations and enforcement": the audit log, paged newest first as a Relay connection.</summary>
public sealed class AuditLogTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string AuditLog = """
        query Audit($id: ID!, $first: Int, $after: String) {
          organization(id: $id) {
            auditLog(first: $first, after: $after) {
              totalCount
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              edges { cursor node { occurredAt actorId credential action subjectId detail } }
            }
          }
        }
        """;

    private readonly OrganizationClient _client = new(host);

    [Fact]
    public async Task A_scripted_series_of_changes_reads_back_newest_first_in_pages()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member, ["USER_ADMIN"]);
        await _client.SetRolesAsync(_client.Token(owner), id, member, "USER_ADMIN", "ORGANIZATION_ADMIN");
        await _client.EnrollAsync(member);
        await _client.EnrollAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);
        await _client.SetRequirementAsync(_client.Token(member, "sso"), id, false);
        await _client.RemoveMemberAsync(_client.Token(member, "sso"), id, owner);

        var first = await ReadAsync(member, id, 5, null);
        var rest = await ReadAsync(member, id, 5, first.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        var entries = Nodes(first).Concat(Nodes(rest)).ToList();
        Assert.Equal(
            [
                ("member.removed", member, "USER_TOKEN", owner, null),
                ("organization.two_step_requirement.changed", member, "USER_TOKEN", null, "NOT_REQUIRED"),
                ("organization.two_step_requirement.changed", owner, "USER_TOKEN", null, "REQUIRED"),
                ("member.enrollment_changed", owner, null, owner, "ENROLLED"),
                ("member.enrollment_changed", member, null, member, "ENROLLED"),
                ("member.profile_changed", member, null, member, null),
                ("member.roles_changed", owner, "USER_TOKEN", member, "USER_ADMIN,ORGANIZATION_ADMIN"),
                ("member.added", owner, "USER_TOKEN", member, "USER_ADMIN"),
                ("organization.created", owner, "USER_TOKEN", null, "Acme"),
            ],
            entries);
        Assert.Equal(9, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(rest.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(4, rest.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task An_entry_says_which_credential_made_the_change()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var twoStep = await _client.TwoStepTokenAsync(owner);
        var id = await _client.CreateAsync(owner);

        await _client.AddMemberAsync(twoStep, id, member);

        // The owner enrolled before creating it, which the organization learns as the owner joins.
        var page = await ReadAsync(owner, id, 3, null);
        Assert.Equal(
            [
                ("member.added", owner, "TWO_STEP_TOKEN", member, "NONE"),
                ("member.enrollment_changed", owner, null, owner, "ENROLLED"),
                ("organization.created", owner, "USER_TOKEN", null, "Acme"),
            ],
            Nodes(page));
    }

    [Fact]
    public async Task Entries_say_when_they_happened_by_the_service_clock()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);

        var page = await ReadAsync(owner, id, 1, null);

        var node = page.GetProperty("edges")[0].GetProperty("node");
        var occurredAt = node.GetProperty("occurredAt").GetDateTimeOffset();
        Assert.Equal(host.Clock.GetUtcNow(), occurredAt, TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_outside_1_to_100_is_BAD_USER_INPUT(int first)
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);

        var answer = await host.Client.PostGraphQLAsync(AuditLog, new { id, first }, _client.Token(owner));

        Assert.Equal("BAD_USER_INPUT", answer.ErrorCode);
    }

    [Fact]
    public async Task A_cursor_from_elsewhere_is_BAD_USER_INPUT()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);

        var answer = await host.Client.PostGraphQLAsync(
            AuditLog, new { id, after = "bm90IGEgY3Vyc29y" }, _client.Token(owner));

        Assert.Equal("BAD_USER_INPUT", answer.ErrorCode);
    }

    private async Task<JsonElement> ReadAsync(string userId, string id, int first, string? after)
    {
        var answer = await host.Client.PostGraphQLAsync(
            AuditLog, new { id, first, after }, _client.Token(userId, "sso"));
        Assert.Empty(answer.Errors);
        return answer.Data.GetProperty("organization").GetProperty("auditLog");
    }

    private static IEnumerable<(string, string, string?, string?, string?)> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(edge =>
        {
            var node = edge.GetProperty("node");
            return (
                node.GetProperty("action").GetString()!,
                node.GetProperty("actorId").GetString()!,
                node.GetProperty("credential").GetString(),
                node.GetProperty("subjectId").GetString(),
                node.GetProperty("detail").GetString());
        });
}
