using Mediator;

namespace TwoStep.Application.Webhooks.ListWebhookDeliveries;

public sealed class ListWebhookDeliveriesHandler(IGrainFactory grains, IWebhookEndpoints endpoints)
    : IQueryHandler<ListWebhookDeliveriesQuery, WebhookDeliveryPage>
{
    public async ValueTask<WebhookDeliveryPage> Handle(
        ListWebhookDeliveriesQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var endpoint = await WebhookAccess.LoadAsync(
            grains, endpoints, query.Actor, query.EndpointId, cancellationToken);

        return await endpoints.ListDeliveriesAsync(endpoint.Id, query.First, query.Before, cancellationToken);
    }
}
