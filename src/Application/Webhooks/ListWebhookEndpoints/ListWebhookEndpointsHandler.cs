using Mediator;

namespace TwoStep.Application.Webhooks.ListWebhookEndpoints;

public sealed class ListWebhookEndpointsHandler(IGrainFactory grains, IWebhookEndpoints endpoints)
    : IQueryHandler<ListWebhookEndpointsQuery, IReadOnlyList<WebhookEndpoint>>
{
    public async ValueTask<IReadOnlyList<WebhookEndpoint>> Handle(
        ListWebhookEndpointsQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await WebhookAccess.EnsureAdminAsync(grains, query.Actor, query.OrganizationId);

        return await endpoints.ListAsync(query.OrganizationId, cancellationToken);
    }
}
