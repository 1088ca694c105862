using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.DisableWebhookEndpoint;

/// <summary>Stops sending to the endpoint; admins of its organization only.</summary>
public sealed record DisableWebhookEndpointCommand(Actor Actor, Guid EndpointId) : ICommand<WebhookEndpoint>;
