using System.Text.Json;
using TwoStep.Host.Tests.Support;
using TwoStep.Host.Tests.Webhooks;

namespace TwoStep.Host.Tests.Integrations;

public sealed class IntegratorKeyTests(ListeningHostFixture host) : IClassFixture<ListeningHostFixture>
{
    private const string ComplianceChanged = """
        subscription($id: ID!) { memberComplianceChanged(organizationId: $id) { eventId userId change } }
        """;

    private const string Events = """
        query($id: ID!, $after: String) {
          organizationEvents(organizationId: $id, first: 1, after: $after) {
            pageInfo { hasNextPage endCursor } edges { node { id type occurredAt data } }
          }
        }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_integrator_key_follows_the_events_of_its_organization()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-1");
        var (_, key) = await host.IssueKeyAsync("key-admin-1", organization);
        Assert.StartsWith("tsi_", key, StringComparison.Ordinal);

        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), key, ComplianceChanged, new { id = organization });
        Assert.True((await subscriber.NextLineAsync(Patience)).GetProperty("connected").GetBoolean());

        var answer = subscriber.NextLineAsync(Patience);
        for (var probe = 0; !answer.IsCompleted; probe++)
        {
            await host.AddMemberAsync("key-admin-1", organization, $"key-member-{probe}");
            await Task.WhenAny(answer, Task.Delay(300));
        }

        var change = (await answer).GetProperty("next").GetProperty("data").GetProperty("memberComplianceChanged");
        Assert.Equal("joined", change.GetProperty("change").GetString());
    }

    [Fact]
    public async Task An_integrator_key_is_refused_with_FORBIDDEN_for_another_organization()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-2");
        var other = await host.CreateOrganizationAsync("key-admin-other");
        var (_, key) = await host.IssueKeyAsync("key-admin-2", organization);

        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), key, ComplianceChanged, new { id = other });
        Assert.True((await subscriber.NextLineAsync(Patience)).GetProperty("connected").GetBoolean());

        var line = await subscriber.NextLineAsync(Patience);
        var error = Assert.Single(line.GetProperty("error").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_integrator_key_reads_its_organizations_events_page_by_page_and_no_others()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-7");
        var other = await host.CreateOrganizationAsync("key-admin-7-other");
        var (_, key) = await host.IssueKeyAsync("key-admin-7", organization);
        await host.AddMemberAsync("key-admin-7", organization, "key-reader-member");
        await host.RemoveMemberAsync("key-admin-7", organization, "key-reader-member");

        var changes = new List<string?>();
        string? cursor = null;
        do
        {
            var page = await host.Client.PostGraphQLAsync(Events, new { id = organization, after = cursor }, key);
            Assert.Empty(page.Errors);
            var events = page.Data.GetProperty("organizationEvents");
            changes.AddRange(ChangesOf(events, "key-reader-member"));
            var pageInfo = events.GetProperty("pageInfo");
            cursor = pageInfo.GetProperty("hasNextPage").GetBoolean()
                ? pageInfo.GetProperty("endCursor").GetString()
                : null;
        }
        while (cursor is not null);
        var elsewhere = await host.Client.PostGraphQLAsync(Events, new { id = other, after = (string?)null }, key);

        Assert.Equal(["joined", "left"], changes);
        Assert.Equal("FORBIDDEN", elsewhere.ErrorCode);
    }

    [Fact]
    public async Task A_revoked_key_is_closed_with_4401()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-3");
        var (keyId, key) = await host.IssueKeyAsync("key-admin-3", organization);

        var revoked = await host.Client.PostGraphQLAsync(
            IntegratorKeyClient.Revoke, new { keyId }, host.FreshToken("key-admin-3"));
        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), key, ComplianceChanged, new { id = organization });

        Assert.False(revoked.Data.GetProperty("revokeIntegratorKey").GetProperty("key").GetProperty("active")
            .GetBoolean());
        Assert.Equal(4401, (await subscriber.NextLineAsync(Patience)).GetProperty("closed").GetInt32());
    }

    [Fact]
    public async Task A_subscription_of_a_key_revoked_while_it_runs_ends()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-8");
        var (keyId, key) = await host.IssueKeyAsync("key-admin-8", organization);
        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), key, ComplianceChanged, new { id = organization }, count: 100);
        Assert.True((await subscriber.NextLineAsync(Patience)).GetProperty("connected").GetBoolean());
        var first = subscriber.NextLineAsync(Patience);
        for (var probe = 0; !first.IsCompleted; probe++)
        {
            await host.AddMemberAsync("key-admin-8", organization, $"key-revoked-member-{probe}");
            await Task.WhenAny(first, Task.Delay(300));
        }

        await first;

        await host.Client.PostGraphQLAsync(IntegratorKeyClient.Revoke, new { keyId }, host.FreshToken("key-admin-8"));

        JsonElement line;
        do
        {
            var next = subscriber.NextLineAsync(Patience);
            while (!next.IsCompleted)
            {
                // The key is looked up again every 30 seconds of the host's clock.
                host.Clock.Advance(TimeSpan.FromSeconds(31));
                await Task.WhenAny(next, Task.Delay(200));
            }

            line = await next;
        }
        while (line.TryGetProperty("next", out var payload) && !payload.TryGetProperty("errors", out _));

        var error = Assert.Single(line.GetProperty("error").EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_made_up_key_is_closed_with_4401()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-4");
        var (_, key) = await host.IssueKeyAsync("key-admin-4", organization);
        var forged = key[..^4] + (key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), forged, ComplianceChanged, new { id = organization });

        Assert.Equal(4401, (await subscriber.NextLineAsync(Patience)).GetProperty("closed").GetInt32());
    }

    [Fact]
    public async Task An_integrator_key_may_not_manage_its_organization()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-5");
        var (_, key) = await host.IssueKeyAsync("key-admin-5", organization);

        var webhook = await host.Client.PostGraphQLAsync(
            WebhookClient.Create,
            new { organizationId = organization, url = "http://127.0.0.1:9/", eventTypes = (string[]?)null },
            key);
        var anotherKey = await host.Client.PostGraphQLAsync(
            IntegratorKeyClient.Issue, new { organizationId = organization, name = "more" }, key);

        Assert.Equal("UNAUTHENTICATED", webhook.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", anotherKey.ErrorCode);
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_may_not_issue_a_key()
    {
        var organization = await host.CreateOrganizationAsync("key-admin-6");
        await host.AddMemberAsync("key-admin-6", organization, "key-plain-member");

        var answer = await host.Client.PostGraphQLAsync(
            IntegratorKeyClient.Issue,
            new { organizationId = organization, name = "mine" },
            host.FreshToken("key-plain-member"));

        Assert.Equal("FORBIDDEN", answer.ErrorCode);
    }

    private static IEnumerable<string?> ChangesOf(JsonElement events, string userId)
    {
        foreach (var edge in events.GetProperty("edges").EnumerateArray())
        {
            var node = edge.GetProperty("node");
            Assert.StartsWith("evt_", node.GetProperty("id").GetString(), StringComparison.Ordinal);
            using var data = JsonDocument.Parse(node.GetProperty("data").GetString()!);
            if (node.GetProperty("type").GetString() == "organization.member.compliance_changed"
                && data.RootElement.GetProperty("userId").GetString() == userId)
            {
                yield return data.RootElement.GetProperty("change").GetString();
            }
        }
    }
}
