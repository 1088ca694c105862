namespace TwoStep.Application.Webhooks;

/// <summary>An endpoint and its signing secret (<c>whsec_</c> + base64), shown this once.</summary>
public sealed record WebhookEndpointWithSecret(WebhookEndpoint Endpoint, string Secret);
