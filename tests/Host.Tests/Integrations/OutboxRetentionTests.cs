using Microsoft.Extensions.DependencyInjection;
using TwoStep.Host.Tests.Support;
using TwoStep.Host.Tests.Webhooks;
using TwoStep.Infrastructure.Integrations;

namespace TwoStep.Host.Tests.Integrations;

public sealed class OutboxRetentionTests
{
    [Fact]
    public async Task Old_events_are_forgotten_unless_a_webhook_still_waits_for_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new SharedDatabaseWebhookHost(database, dispatchEnabled: false);
        await host.InitializeAsync();
        var waited = await host.CreateOrganizationAsync("retention-admin-1");
        await host.CreateEndpointAsync("retention-admin-1", waited, "http://127.0.0.1:9/hooks");
        await host.AddMemberAsync("retention-admin-1", waited, "retention-member-1");
        var unwatched = await host.CreateOrganizationAsync("retention-admin-2");
        await host.AddMemberAsync("retention-admin-2", unwatched, "retention-member-2");
        await database.ExecuteAsync("UPDATE integrator_events SET occurred_at = now() - interval '31 days'");

        var purged = await host.Services.GetRequiredService<OutboxRetention>().PurgeAsync(CancellationToken.None);

        Assert.True(purged >= 1);
        Assert.Equal(0L, await CountAsync(database, unwatched));
        Assert.Equal(1L, await CountAsync(database, waited));
    }

    private static async Task<long> CountAsync(TestDatabase database, string organizationId) =>
        await database.ScalarAsync<long>(
            "SELECT count(*) FROM integrator_events WHERE organization_id = @organization",
            ("organization", organizationId));
}
