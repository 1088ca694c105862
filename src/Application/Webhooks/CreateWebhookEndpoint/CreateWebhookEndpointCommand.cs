using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Webhooks.CreateWebhookEndpoint;

/// <summary>Registers a URL for the organization's events (all types when none are named); admins only.</summary>
public sealed record CreateWebhookEndpointCommand(
    Actor Actor,
    string OrganizationId,
    string Url,
    IReadOnlyList<string>? EventTypes)
    : ICommand<WebhookEndpointWithSecret>;
