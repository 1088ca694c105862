using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Webhooks.ListWebhookEndpoints;

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
                return ListConnection.Of(
                    endpoints, context.First(), context.After(), endpoint => endpoint.Id.ToString());
            });
    }
}
