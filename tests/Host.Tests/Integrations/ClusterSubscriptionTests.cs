using System.Text.Json;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Integrations;

/// <summary>Subscriptions fed from the event outbox reach subscribers on any process of the cluster.</summary>
public sealed class ClusterSubscriptionTests
{
    private const string ComplianceChanged = """
        subscription($id: ID!) {
          memberComplianceChanged(organizationId: $id) { eventId organizationId userId change status occurredAt }
        }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_subscriber_on_one_process_gets_a_members_changes_made_on_another_in_order()
    {
        const string admin = "cluster-admin";
        const string member = "cluster-member";
        await using var database = await TestDatabase.CreateAsync();
        var clusterId = $"cluster-tests-{Guid.NewGuid():N}";
        await using var writer = new ClusterMemberHost(database, clusterId, listens: false);
        await writer.InitializeAsync();
        // Created before the second process joins, so the organization's grain lives on the first.
        var organization = await writer.CreateOrganizationAsync(admin);
        await using var reader = new ClusterMemberHost(database, clusterId, listens: true);
        await reader.InitializeAsync();

        using var subscriber = await NodeSubscriber.StartAsync(
            reader.WebSocketUrl(), reader.FreshToken(admin), ComplianceChanged, new { id = organization }, count: 100);
        Assert.True((await subscriber.NextLineAsync(Patience)).GetProperty("connected").GetBoolean());
        await ProbeUntilSubscribedAsync(writer, subscriber, admin, organization);

        await writer.AddMemberAsync(admin, organization, member);
        await writer.RemoveMemberAsync(admin, organization, member);
        await writer.AddMemberAsync(admin, organization, member);

        var changes = await ChangesOfAsync(subscriber, member, 3);
        Assert.Equal(["joined", "left", "joined"], changes.Select(change => change.GetProperty("change").GetString()));
        var eventIds = changes.Select(change => change.GetProperty("eventId").GetString()!).ToList();
        Assert.All(eventIds, eventId => Assert.StartsWith("evt_", eventId, StringComparison.Ordinal));
        Assert.Equal(3, eventIds.Distinct().Count());
    }

    // The client does not learn when the server has registered the subscription, so members are
    // added until the first change reaches it.
    private static async Task ProbeUntilSubscribedAsync(
        HostFixture writer,
        NodeSubscriber subscriber,
        string admin,
        string organization)
    {
        var first = subscriber.NextLineAsync(Patience);
        for (var probe = 0; !first.IsCompleted; probe++)
        {
            await writer.AddMemberAsync(admin, organization, $"cluster-probe-{probe}");
            await Task.WhenAny(first, Task.Delay(300));
        }

        Assert.True((await first).TryGetProperty("next", out _));
    }

    private static async Task<List<JsonElement>> ChangesOfAsync(NodeSubscriber subscriber, string userId, int count)
    {
        var changes = new List<JsonElement>();
        while (changes.Count < count)
        {
            var line = await subscriber.NextLineAsync(Patience);
            var change = line.GetProperty("next").GetProperty("data").GetProperty("memberComplianceChanged");
            if (change.GetProperty("userId").GetString() == userId)
            {
                changes.Add(change.Clone());
            }
        }

        return changes;
    }
}
