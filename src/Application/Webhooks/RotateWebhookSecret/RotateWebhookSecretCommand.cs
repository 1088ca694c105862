using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.RotateWebhookSecret;

/// <summary>Replaces the endpoint's signing secret at once and shows the new one once; admins only.</summary>
public sealed record RotateWebhookSecretCommand(Actor Actor, Guid EndpointId) : ICommand<WebhookEndpointWithSecret>;
