using Mediator;

namespace TwoStep.Application.Webhooks.RotateWebhookSecret;

public sealed class RotateWebhookSecretHandler(IGrainFactory grains, IWebhookEndpoints endpoints)
    : ICommandHandler<RotateWebhookSecretCommand, WebhookEndpointWithSecret>
{
    public async ValueTask<WebhookEndpointWithSecret> Handle(
        RotateWebhookSecretCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var endpoint = await WebhookAccess.LoadAsync(
            grains, endpoints, command.Actor, command.EndpointId, cancellationToken);
        var secret = WebhookSecrets.New();

        await endpoints.ReplaceSecretAsync(endpoint.Id, secret, cancellationToken);

        return new WebhookEndpointWithSecret(endpoint, secret);
    }
}
