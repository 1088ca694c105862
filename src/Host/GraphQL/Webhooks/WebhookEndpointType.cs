using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TwoStep.Application.Webhooks;
using TwoStep.Application.Webhooks.ListWebhookDeliveries;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Webhooks;

public sealed class WebhookEndpointType : ObjectGraphType<WebhookEndpoint>
{
    public WebhookEndpointType()
    {
        Name = "WebhookEndpoint";
        Description = "A URL that receives the organization's events, signed the Standard Webhooks way.";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("organizationId").Resolve(context => context.Source.OrganizationId);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(context => context.Source.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("eventTypes")
            .Description("The event types sent here; empty means every type.")
            .Resolve(context => context.Source.EventTypes);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(context => context.Source.Enabled);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("disabledAt").Resolve(context => context.Source.DisabledAt);
        Field<StringGraphType>("disabledReason")
            .Description("Why the endpoint was disabled: by an admin, 410 Gone, or failing past the retry schedule.")
            .Resolve(context => context.Source.DisabledReason);
        Field<NonNullGraphType<WebhookDeliveryConnectionType>>("deliveries")
            .Description("What was sent here and how it went, newest first; admins only.")
            .Paged()
            .ResolveAsync(async context =>
            {
                var query = new ListWebhookDeliveriesQuery(
                    context.RequireActor(), context.Source.Id, context.First(), context.AfterSequence());
                var page = await context.Mediator().Send(query, context.CancellationToken);
                return Connection(page, query.Before is not null);
            });
    }

    private static Connection<WebhookDelivery> Connection(WebhookDeliveryPage page, bool continued) => new()
    {
        TotalCount = (int)Math.Min(page.TotalCount, int.MaxValue),
        Edges = page.Deliveries
            .Select(delivery => new Edge<WebhookDelivery>
            {
                Cursor = PageArguments.Cursor(delivery.Position),
                Node = delivery,
            })
            .ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = page.HasNextPage,
            HasPreviousPage = continued,
            StartCursor = page.Deliveries.Count == 0 ? null : PageArguments.Cursor(page.Deliveries[0].Position),
            EndCursor = page.Deliveries.Count == 0 ? null : PageArguments.Cursor(page.Deliveries[^1].Position),
        },
    };
}
