namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class DisableWebhookEndpointPayloadType() : WebhookEndpointPayloadType("DisableWebhookEndpointPayload");
