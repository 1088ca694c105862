using System.Text.Json;
using TwoStep.Application.Webhooks;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Webhooks;

public sealed class WebhookDeliveryTests(WebhookHostFixture host) : IClassFixture<WebhookHostFixture>
{
    private const string Compliance = "organization.member.compliance_changed";

    private const string Rotate = """
        mutation($endpointId: ID!) { rotateWebhookEndpointSecret(input: { endpointId: $endpointId }) { secret } }
        """;

    [Fact]
    public async Task A_new_member_is_posted_with_a_signature_the_standardwebhooks_library_accepts()
    {
        using var receiver = WebhookReceiver.Start();
        var organizationId = await host.CreateOrganizationAsync("hook-admin-1");
        var (_, secret) = await host.CreateEndpointAsync("hook-admin-1", organizationId, receiver.Url);

        await host.AddMemberAsync("hook-admin-1", organizationId, "hook-member-1");

        var received = await receiver.WaitForAsync(all => all.Count >= 1);
        var webhook = Assert.Single(received);
        webhook.Verify(secret);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.StartsWith("evt_", webhook.Id, StringComparison.Ordinal);
        Assert.Equal(Compliance, webhook.Type);
        Assert.Equal("hook-member-1", webhook.Data.GetProperty("userId").GetString());
        Assert.Equal("joined", webhook.Data.GetProperty("change").GetString());
        Assert.Equal(organizationId, webhook.Data.GetProperty("organizationId").GetString());
    }

    [Fact]
    public async Task A_receiver_that_fails_first_gets_the_same_webhook_id_again_and_the_delivery_shows_it()
    {
        using var receiver = WebhookReceiver.Start(500);
        var organizationId = await host.CreateOrganizationAsync("hook-admin-2");
        var (_, secret) = await host.CreateEndpointAsync("hook-admin-2", organizationId, receiver.Url);

        await host.AddMemberAsync("hook-admin-2", organizationId, "hook-member-2");

        var received = await receiver.WaitForAsync(all => all.Any(webhook => webhook.Accepted));
        Assert.Equal(2, received.Count);
        Assert.Equal(500, received[0].Status);
        Assert.Equal(received[0].Id, received[1].Id);
        received[1].Verify(secret);
        var endpoint = Assert.Single(await host.EndpointsAsync("hook-admin-2", organizationId));
        var delivery = Assert.Single(endpoint.GetProperty("deliveries").GetProperty("edges").EnumerateArray())
            .GetProperty("node");
        Assert.Equal(received[1].Id, delivery.GetProperty("eventId").GetString());
        Assert.Equal("delivered", delivery.GetProperty("state").GetString());
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_members_events_arrive_in_order_even_when_the_first_one_needs_a_retry()
    {
        using var receiver = WebhookReceiver.Start(503);
        var organizationId = await host.CreateOrganizationAsync("hook-admin-3");
        await host.CreateEndpointAsync("hook-admin-3", organizationId, receiver.Url, [Compliance]);

        await host.AddMemberAsync("hook-admin-3", organizationId, "hook-member-3");
        await host.RemoveMemberAsync("hook-admin-3", organizationId, "hook-member-3");
        await host.AddMemberAsync("hook-admin-3", organizationId, "hook-member-3");

        var received = await receiver.WaitForAsync(all => all.Count(webhook => webhook.Accepted) >= 3);
        var changes = received.Select(webhook => webhook.Data.GetProperty("change").GetString()).ToList();
        Assert.Equal(["joined", "joined", "left", "joined"], changes);
    }

    [Fact]
    public async Task A_receiver_that_answers_410_gone_disables_its_endpoint_with_the_reason()
    {
        using var receiver = WebhookReceiver.Start(410);
        var organizationId = await host.CreateOrganizationAsync("hook-admin-4");
        await host.CreateEndpointAsync("hook-admin-4", organizationId, receiver.Url);

        await host.AddMemberAsync("hook-admin-4", organizationId, "hook-member-4");
        await receiver.WaitForAsync(all => all.Count >= 1);

        var endpoint = await WaitForEndpointAsync("hook-admin-4", organizationId, Disabled);
        Assert.Contains("410", endpoint.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task An_endpoint_failing_past_the_retry_schedule_is_disabled_and_says_why()
    {
        using var receiver = WebhookReceiver.Start(500, 500, 500);
        var organizationId = await host.CreateOrganizationAsync("hook-admin-5");
        await host.CreateEndpointAsync("hook-admin-5", organizationId, receiver.Url);

        await host.AddMemberAsync("hook-admin-5", organizationId, "hook-member-5");

        var endpoint = await WaitForEndpointAsync("hook-admin-5", organizationId, Disabled);
        Assert.Contains("failed 3 times", endpoint.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, receiver.Received.Count);
    }

    [Fact]
    public async Task An_endpoint_enabled_again_gets_what_it_missed_in_order_with_the_same_ids()
    {
        using var receiver = WebhookReceiver.Start(410);
        var organizationId = await host.CreateOrganizationAsync("hook-admin-6");
        var (endpointId, secret) = await host.CreateEndpointAsync(
            "hook-admin-6", organizationId, receiver.Url, [Compliance]);
        await host.AddMemberAsync("hook-admin-6", organizationId, "hook-member-6");
        await WaitForEndpointAsync("hook-admin-6", organizationId, Disabled);
        await host.RemoveMemberAsync("hook-admin-6", organizationId, "hook-member-6");

        var answer = await host.Client.PostGraphQLAsync(
            WebhookClient.Enable, new { endpointId }, host.FreshToken("hook-admin-6"));

        var endpoint = answer.Data.GetProperty("enableWebhookEndpoint").GetProperty("endpoint");
        Assert.True(endpoint.GetProperty("enabled").GetBoolean());
        var received = await receiver.WaitForAsync(all => all.Count(webhook => webhook.Accepted) >= 2);
        var changes = received.Select(webhook => webhook.Data.GetProperty("change").GetString()).ToList();
        Assert.Equal(["joined", "joined", "left"], changes);
        Assert.Equal(received[0].Id, received[1].Id);
        received[2].Verify(secret);
    }

    [Fact]
    public async Task After_a_rotation_deliveries_verify_with_the_new_secret_and_the_previous_one()
    {
        using var receiver = WebhookReceiver.Start();
        var organizationId = await host.CreateOrganizationAsync("hook-admin-7");
        var (endpointId, previous) = await host.CreateEndpointAsync("hook-admin-7", organizationId, receiver.Url);
        var rotated = await host.Client.PostGraphQLAsync(
            Rotate, new { endpointId }, host.FreshToken("hook-admin-7"));
        var secret = rotated.Data.GetProperty("rotateWebhookEndpointSecret").GetProperty("secret").GetString()!;

        await host.AddMemberAsync("hook-admin-7", organizationId, "hook-member-7");

        var webhook = Assert.Single(await receiver.WaitForAsync(all => all.Count >= 1));
        webhook.Verify(secret);
        Assert.True(webhook.AnySignatureHolds(previous));
        Assert.False(webhook.AnySignatureHolds(WebhookSecrets.New()));
    }

    private static bool Disabled(JsonElement endpoint) => !endpoint.GetProperty("enabled").GetBoolean();

    private async Task<JsonElement> WaitForEndpointAsync(
        string adminId,
        string organizationId,
        Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var endpoint = Assert.Single(await host.EndpointsAsync(adminId, organizationId));
            if (done(endpoint) || DateTime.UtcNow > deadline)
            {
                return endpoint;
            }

            await Task.Delay(100);
        }
    }
}
