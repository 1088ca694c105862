using TwoStep.Host.Tests.SignIn;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Webhooks;

public sealed class WebhookEndpointAccessTests(WebhookHostFixture host) : IClassFixture<WebhookHostFixture>
{
    private static readonly string[] NotAnEventType = ["member.added"];

    private const string Disable = """
        mutation($endpointId: ID!) { disableWebhookEndpoint(input: { endpointId: $endpointId }) {
          endpoint { enabled disabledReason } } }
        """;

    private const string Rotate = """
        mutation($endpointId: ID!) { rotateWebhookEndpointSecret(input: { endpointId: $endpointId }) { secret } }
        """;

    private const string Delete = """
        mutation($endpointId: ID!) { deleteWebhookEndpoint(input: { endpointId: $endpointId }) { endpoint { id } } }
        """;

    [Fact]
    public async Task A_member_who_is_not_an_admin_may_not_register_a_webhook()
    {
        var organizationId = await host.CreateOrganizationAsync("access-admin-1");
        await host.AddMemberAsync("access-admin-1", organizationId, "access-member-1");

        var answer = await host.Client.PostGraphQLAsync(
            WebhookClient.Create,
            new { organizationId, url = "http://127.0.0.1:9/hooks", eventTypes = (string[]?)null },
            host.FreshToken("access-member-1"));

        Assert.Equal("FORBIDDEN", answer.ErrorCode);
    }

    [Fact]
    public async Task An_admin_of_another_organization_may_not_touch_the_endpoint()
    {
        var organizationId = await host.CreateOrganizationAsync("access-admin-2");
        await host.CreateOrganizationAsync("access-stranger");
        var (endpointId, _) = await host.CreateEndpointAsync("access-admin-2", organizationId, "http://127.0.0.1:9/");

        var answer = await host.Client.PostGraphQLAsync(
            Disable, new { endpointId }, host.FreshToken("access-stranger"));

        Assert.Equal("FORBIDDEN", answer.ErrorCode);
    }

    [Fact]
    public async Task An_admin_disables_rotates_and_deletes_an_endpoint()
    {
        var organizationId = await host.CreateOrganizationAsync("access-admin-3");
        var (endpointId, secret) = await host.CreateEndpointAsync(
            "access-admin-3", organizationId, "http://127.0.0.1:9/");
        var token = host.FreshToken("access-admin-3");

        var rotated = await host.Client.PostGraphQLAsync(Rotate, new { endpointId }, token);
        var disabled = await host.Client.PostGraphQLAsync(Disable, new { endpointId }, token);
        var deleted = await host.Client.PostGraphQLAsync(Delete, new { endpointId }, token);

        var newSecret = rotated.Data.GetProperty("rotateWebhookEndpointSecret").GetProperty("secret").GetString();
        Assert.StartsWith("whsec_", newSecret, StringComparison.Ordinal);
        Assert.NotEqual(secret, newSecret);
        Assert.False(disabled.Data.GetProperty("disableWebhookEndpoint").GetProperty("endpoint")
            .GetProperty("enabled").GetBoolean());
        Assert.Empty(deleted.Errors);
        Assert.Empty(await host.EndpointsAsync("access-admin-3", organizationId));
    }

    [Fact]
    public async Task While_the_organization_requires_two_step_only_a_two_step_session_manages_webhooks()
    {
        var twoStepToken = await host.TwoStepTokenAsync("access-admin-5", SignInFlow.NewPhone());
        var organizationId = await host.CreateOrganizationAsync("access-admin-5");
        await host.SetRequirementAsync("access-admin-5", organizationId, true);
        var variables = new { organizationId, url = "http://127.0.0.1:9/", eventTypes = (string[]?)null };

        var plain = await host.Client.PostGraphQLAsync(
            WebhookClient.Create, variables, host.FreshToken("access-admin-5"));
        var twoStep = await host.Client.PostGraphQLAsync(WebhookClient.Create, variables, twoStepToken);

        Assert.Equal("TWO_STEP_REQUIRED", plain.ErrorCode);
        Assert.Empty(twoStep.Errors);
    }

    [Fact]
    public async Task An_unknown_event_type_is_refused()
    {
        var organizationId = await host.CreateOrganizationAsync("access-admin-4");

        var answer = await host.Client.PostGraphQLAsync(
            WebhookClient.Create,
            new { organizationId, url = "http://127.0.0.1:9/", eventTypes = NotAnEventType },
            host.FreshToken("access-admin-4"));

        Assert.Equal("BAD_USER_INPUT", answer.ErrorCode);
    }
}
