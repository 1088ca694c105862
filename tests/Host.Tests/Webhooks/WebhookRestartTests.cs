using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Webhooks;

public sealed class WebhookRestartTests
{
    [Fact]
    public async Task A_change_recorded_by_a_process_that_stopped_before_sending_is_delivered_by_the_next()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var receiver = WebhookReceiver.Start();
        string secret;
        await using (var first = new SharedDatabaseWebhookHost(database, dispatchEnabled: false))
        {
            await first.InitializeAsync();
            var organizationId = await first.CreateOrganizationAsync("restart-admin");
            (_, secret) = await first.CreateEndpointAsync("restart-admin", organizationId, receiver.Url);
            await first.AddMemberAsync("restart-admin", organizationId, "restart-member");
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Empty(receiver.Received);
        }

        await using var second = new SharedDatabaseWebhookHost(database, dispatchEnabled: true);
        await second.InitializeAsync();

        var received = await receiver.WaitForAsync(all => all.Count >= 1);
        var webhook = Assert.Single(received);
        webhook.Verify(secret);
        Assert.Equal("restart-member", webhook.Data.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task A_delivery_leased_by_a_process_that_died_is_sent_by_another_once_the_lease_runs_out()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var receiver = WebhookReceiver.Start();
        await using var host = new SharedDatabaseWebhookHost(database, dispatchEnabled: false);
        await host.InitializeAsync();
        var organizationId = await host.CreateOrganizationAsync("lease-admin");
        await host.CreateEndpointAsync("lease-admin", organizationId, receiver.Url);
        await host.AddMemberAsync("lease-admin", organizationId, "lease-member");

        // What a process that claimed the delivery and then died leaves behind: a lease not yet run out.
        await database.ExecuteAsync(
            "UPDATE webhook_deliveries SET leased_until = now() + interval '1 hour', attempts = 1");
        await using var other = new SharedDatabaseWebhookHost(database, dispatchEnabled: true);
        await other.InitializeAsync();

        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(receiver.Received);
        await database.ExecuteAsync("UPDATE webhook_deliveries SET leased_until = now() - interval '1 second'");
        var received = await receiver.WaitForAsync(all => all.Count >= 1);
        Assert.Single(received);
    }
}
