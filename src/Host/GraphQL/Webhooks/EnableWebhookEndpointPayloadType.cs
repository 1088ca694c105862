namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class EnableWebhookEndpointPayloadType() : WebhookEndpointPayloadType("EnableWebhookEndpointPayload");
