namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class CreateWebhookEndpointPayloadType()
    : WebhookEndpointWithSecretPayloadType("CreateWebhookEndpointPayload");
