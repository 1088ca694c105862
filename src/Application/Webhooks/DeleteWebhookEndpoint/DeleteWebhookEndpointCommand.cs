using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.DeleteWebhookEndpoint;

/// <summary>Forgets the endpoint and its deliveries; admins of its organization only.</summary>
public sealed record DeleteWebhookEndpointCommand(Actor Actor, Guid EndpointId) : ICommand<WebhookEndpoint>;
