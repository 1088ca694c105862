namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class RotateWebhookEndpointSecretPayloadType()
    : WebhookEndpointWithSecretPayloadType("RotateWebhookEndpointSecretPayload");
