using Mediator;

namespace TwoStep.Application.Webhooks.DeleteWebhookEndpoint;

public sealed class DeleteWebhookEndpointHandler(IGrainFactory grains, IWebhookEndpoints endpoints)
    : ICommandHandler<DeleteWebhookEndpointCommand, WebhookEndpoint>
{
    public async ValueTask<WebhookEndpoint> Handle(
        DeleteWebhookEndpointCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var endpoint = await WebhookAccess.LoadAsync(
            grains, endpoints, command.Actor, command.EndpointId, cancellationToken);

        await endpoints.DeleteAsync(endpoint.Id, cancellationToken);

        return endpoint;
    }
}
