using Mediator;

namespace TwoStep.Application.Webhooks.DisableWebhookEndpoint;

public sealed class DisableWebhookEndpointHandler(IGrainFactory grains, IWebhookEndpoints endpoints)
    : ICommandHandler<DisableWebhookEndpointCommand, WebhookEndpoint>
{
    public async ValueTask<WebhookEndpoint> Handle(
        DisableWebhookEndpointCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var endpoint = await WebhookAccess.LoadAsync(
            grains, endpoints, command.Actor, command.EndpointId, cancellationToken);

        await endpoints.DisableAsync(endpoint.Id, $"Disabled by {command.Actor.Caller.UserId}.", cancellationToken);

        return await endpoints.FindAsync(endpoint.Id, cancellationToken) ?? endpoint;
    }
}
