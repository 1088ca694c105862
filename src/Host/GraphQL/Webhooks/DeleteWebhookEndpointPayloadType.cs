namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class DeleteWebhookEndpointPayloadType() : WebhookEndpointPayloadType("DeleteWebhookEndpointPayload");
