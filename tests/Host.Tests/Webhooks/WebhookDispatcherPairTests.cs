using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Webhooks;

public sealed class WebhookDispatcherPairTests
{
    [Fact]
    public async Task Two_processes_sending_from_one_database_send_each_event_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var receiver = WebhookReceiver.Start();
        await using var first = new SharedDatabaseWebhookHost(database, dispatchEnabled: true);
        await first.InitializeAsync();
        await using var second = new SharedDatabaseWebhookHost(database, dispatchEnabled: true);
        await second.InitializeAsync();
        var organizationId = await first.CreateOrganizationAsync("pair-admin");
        await first.CreateEndpointAsync("pair-admin", organizationId, receiver.Url);

        for (var member = 0; member < 20; member++)
        {
            await first.AddMemberAsync("pair-admin", organizationId, $"pair-member-{member}");
        }

        await receiver.WaitForAsync(all => all.Count >= 20);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var received = receiver.Received;
        Assert.Equal(20, received.Count);
        Assert.Equal(20, received.Select(webhook => webhook.Id).Distinct().Count());
    }
}
