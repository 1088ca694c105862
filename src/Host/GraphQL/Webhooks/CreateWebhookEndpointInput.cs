namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class CreateWebhookEndpointInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public List<string>? EventTypes { get; set; }
}
