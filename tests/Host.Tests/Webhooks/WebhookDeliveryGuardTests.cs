using Microsoft.Extensions.DependencyInjection;
using TwoStep.Host.Tests.Support;
using TwoStep.Infrastructure.Webhooks;

namespace TwoStep.Host.Tests.Webhooks;

public sealed class WebhookDeliveryGuardTests(LocalUrlsRefusedHostFixture host)
    : IClassFixture<LocalUrlsRefusedHostFixture>
{
    [Fact]
    public async Task A_host_that_resolves_to_a_loopback_address_when_delivering_gets_nothing()
    {
        using var receiver = WebhookReceiver.Start();
        var organizationId = await host.CreateOrganizationAsync("rebind-admin");
        // What DNS rebinding leaves behind: a URL accepted at registration that now leads to loopback.
        var endpointId = Guid.NewGuid();
        var sealedSecret = host.Services.GetRequiredService<WebhookSecretSealer>().Seal(endpointId, "whsec_AAAA");
        await host.Database.ExecuteAsync(
            """
            INSERT INTO webhook_endpoints (id, organization_id, url, event_types, sealed_secret)
            VALUES (@id, @organization, @url, '{}', @secret)
            """,
            ("id", endpointId),
            ("organization", organizationId),
            ("url", receiver.Url),
            ("secret", sealedSecret));

        await host.AddMemberAsync("rebind-admin", organizationId, "rebind-member");

        var lastError = await WaitForLastErrorAsync(endpointId);
        Assert.Contains("no address TwoStep may reach", lastError, StringComparison.Ordinal);
        Assert.Empty(receiver.Received);
    }

    private async Task<string> WaitForLastErrorAsync(Guid endpointId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var error = await host.Database.ScalarAsync<string>(
                "SELECT last_error FROM webhook_deliveries WHERE endpoint_id = @id", ("id", endpointId));
            if (error is not null)
            {
                return error;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The delivery was never attempted.");
    }
}
