using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.RotateWebhookSecret;

/// <summary>
/// Replaces the endpoint's signing secret and shows the new one once; for a day deliveries are
/// signed with the previous secret too. Admins only.
/// </summary>
public sealed record RotateWebhookSecretCommand(Actor Actor, Guid EndpointId) : ICommand<WebhookEndpointWithSecret>;
