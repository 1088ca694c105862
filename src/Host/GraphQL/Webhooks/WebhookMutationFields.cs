using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Webhooks.CreateWebhookEndpoint;
using TwoStep.Application.Webhooks.DeleteWebhookEndpoint;
using TwoStep.Application.Webhooks.DisableWebhookEndpoint;
using TwoStep.Application.Webhooks.EnableWebhookEndpoint;
using TwoStep.Application.Webhooks.RotateWebhookSecret;

namespace TwoStep.Host.GraphQL.Webhooks;

/// <summary>The webhook fields of <c>Mutation</c>.</summary>
internal static class WebhookMutationFields
{
    public static void AddWebhookMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateWebhookEndpointPayloadType>>("createWebhookEndpoint")
            .Description("Registers a URL for the organization's events; admins only. The secret is shown once.")
            .Argument<NonNullGraphType<CreateWebhookEndpointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CreateWebhookEndpointInput>("input");
                var command = new CreateWebhookEndpointCommand(
                    context.RequireActor(), input.OrganizationId, input.Url, input.EventTypes);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<DisableWebhookEndpointPayloadType>>("disableWebhookEndpoint")
            .Description("Stops sending to the endpoint; its events wait until it is enabled again. Admins only.")
            .Argument<NonNullGraphType<WebhookEndpointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<WebhookEndpointInput>("input");
                var command = new DisableWebhookEndpointCommand(context.RequireActor(), input.EndpointId);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<EnableWebhookEndpointPayloadType>>("enableWebhookEndpoint")
            .Description("Sends to the endpoint again, first what it missed while disabled, in order; admins only.")
            .Argument<NonNullGraphType<WebhookEndpointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<WebhookEndpointInput>("input");
                var command = new EnableWebhookEndpointCommand(context.RequireActor(), input.EndpointId);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<DeleteWebhookEndpointPayloadType>>("deleteWebhookEndpoint")
            .Description("Deletes the endpoint and its deliveries; admins only.")
            .Argument<NonNullGraphType<WebhookEndpointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<WebhookEndpointInput>("input");
                var command = new DeleteWebhookEndpointCommand(context.RequireActor(), input.EndpointId);
                return await context.Mediator().Send(command, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<RotateWebhookEndpointSecretPayloadType>>("rotateWebhookEndpointSecret")
            .Description("Replaces the signing secret and shows the new one once; for a day deliveries also "
                + "carry a signature by the previous one. Admins only.")
            .Argument<NonNullGraphType<WebhookEndpointInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<WebhookEndpointInput>("input");
                var command = new RotateWebhookSecretCommand(context.RequireActor(), input.EndpointId);
                return await context.Mediator().Send(command, context.CancellationToken);
            });
    }
}
