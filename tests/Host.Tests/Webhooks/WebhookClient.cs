using System.Text.Json;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Webhooks;

/// <summary>The webhook mutations and queries an admin's frontend sends, through the real host.</summary>
internal static class WebhookClient
{
    public const string Create = """
        mutation($organizationId: ID!, $url: String!, $eventTypes: [String!]) {
          createWebhookEndpoint(input: { organizationId: $organizationId, url: $url, eventTypes: $eventTypes }) {
            endpoint { id url enabled eventTypes }
            secret
          }
        }
        """;

    public const string Enable = """
        mutation($endpointId: ID!) { enableWebhookEndpoint(input: { endpointId: $endpointId }) {
          endpoint { enabled disabledReason } } }
        """;

    public const string Endpoints = """
        query($organizationId: ID!) {
          webhookEndpoints(organizationId: $organizationId, first: 5) {
            totalCount
            edges { node { id enabled disabledReason
              deliveries(first: 10) { totalCount edges { node {
                eventId eventType state attempts lastStatus lastError } } } } }
          }
        }
        """;

    public static async Task<(string Id, string Secret)> CreateEndpointAsync(
        this HostFixture host,
        string adminId,
        string organizationId,
        string url,
        string[]? eventTypes = null)
    {
        var answer = await host.Client.PostGraphQLAsync(
            Create, new { organizationId, url, eventTypes }, host.FreshToken(adminId));

        Assert.Empty(answer.Errors);
        var created = answer.Data.GetProperty("createWebhookEndpoint");
        return (created.GetProperty("endpoint").GetProperty("id").GetString()!,
            created.GetProperty("secret").GetString()!);
    }

    /// <summary>The organization's endpoints as an admin sees them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> EndpointsAsync(
        this HostFixture host,
        string adminId,
        string organizationId)
    {
        var answer = await host.Client.PostGraphQLAsync(Endpoints, new { organizationId }, host.FreshToken(adminId));

        Assert.Empty(answer.Errors);
        return answer.Data.GetProperty("webhookEndpoints").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node"))
            .ToList();
    }
}
