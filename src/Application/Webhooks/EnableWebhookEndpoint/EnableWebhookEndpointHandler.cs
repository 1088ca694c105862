using Mediator;

namespace TwoStep.Application.Webhooks.EnableWebhookEndpoint;

public sealed class EnableWebhookEndpointHandler(IGrainFactory grains, IWebhookEndpoints endpoints)
    : ICommandHandler<EnableWebhookEndpointCommand, WebhookEndpoint>
{
    public async ValueTask<WebhookEndpoint> Handle(
        EnableWebhookEndpointCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var endpoint = await WebhookAccess.LoadAsync(
            grains, endpoints, command.Actor, command.EndpointId, cancellationToken);

        await endpoints.EnableAsync(endpoint.Id, cancellationToken);

        return await endpoints.FindAsync(endpoint.Id, cancellationToken) ?? endpoint;
    }
}
