using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.EnableWebhookEndpoint;

/// <summary>
/// Sends to the endpoint again, starting with what it missed while disabled; admins of its
/// organization only.
/// </summary>
public sealed record EnableWebhookEndpointCommand(Actor Actor, Guid EndpointId) : ICommand<WebhookEndpoint>;
