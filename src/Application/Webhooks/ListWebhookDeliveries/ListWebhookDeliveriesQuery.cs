using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.ListWebhookDeliveries;

/// <summary>The endpoint's deliveries and their outcomes, newest first; admins only.</summary>
public sealed record ListWebhookDeliveriesQuery(Actor Actor, Guid EndpointId, int First, long? Before)
    : IQuery<WebhookDeliveryPage>;
