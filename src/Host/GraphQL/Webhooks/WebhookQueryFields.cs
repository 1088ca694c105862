using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TwoStep.Application.Webhooks;
using TwoStep.Application.Webhooks.ListWebhookEndpoints;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.GraphQL.Webhooks;

/// <summary>The webhook fields of <c>Query</c>.</summary>
internal static class WebhookQueryFields
{
    public static void AddWebhookQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<WebhookEndpointConnectionType>>("webhookEndpoints")
            .Description("The organization's webhook endpoints, oldest first; admins only.")
            .Argument<NonNullGraphType<IdGraphType>>("organizationId")
            .Paged()
            .ResolveAsync(async context =>
            {
                var request = new ListWebhookEndpointsQuery(
                    context.RequireActor(), context.GetArgument<string>("organizationId"));
                var endpoints = await context.Mediator().Send(request, context.CancellationToken);
                return Connection(endpoints, context.First(), context.After());
            });
    }

    private static Connection<WebhookEndpoint> Connection(
        IReadOnlyList<WebhookEndpoint> endpoints,
        int first,
        string? after)
    {
        var start = 0;
        if (after is not null)
        {
            start = endpoints.ToList().FindIndex(endpoint => endpoint.Id.ToString() == after) + 1;
            if (start == 0)
            {
                throw new RefusalException(ErrorCode.BadUserInput, "after is not a cursor of this connection.");
            }
        }

        var page = endpoints.Skip(start).Take(first).ToList();
        return new Connection<WebhookEndpoint>
        {
            TotalCount = endpoints.Count,
            Edges = page.Select(endpoint => new Edge<WebhookEndpoint>
            {
                Cursor = endpoint.Id.ToString(),
                Node = endpoint,
            }).ToList(),
            PageInfo = new PageInfo
            {
                HasNextPage = start + page.Count < endpoints.Count,
                HasPreviousPage = start > 0,
                StartCursor = page.Count == 0 ? null : page[0].Id.ToString(),
                EndCursor = page.Count == 0 ? null : page[^1].Id.ToString(),
            },
        };
    }
}
