using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.ListWebhookEndpoints;

/// <summary>The organization's webhook endpoints, oldest first; admins only.</summary>
public sealed record ListWebhookEndpointsQuery(Actor Actor, string OrganizationId)
    : IQuery<IReadOnlyList<WebhookEndpoint>>;
