namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class WebhookEndpointInput
{
    public Guid EndpointId { get; set; }
}
