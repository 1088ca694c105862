using Mediator;
using TwoStep.Application.Integrations;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Webhooks.CreateWebhookEndpoint;

public sealed class CreateWebhookEndpointHandler(
    IGrainFactory grains,
    IWebhookEndpoints endpoints,
    IWebhookUrlGuard guard)
    : ICommandHandler<CreateWebhookEndpointCommand, WebhookEndpointWithSecret>
{
    public async ValueTask<WebhookEndpointWithSecret> Handle(
        CreateWebhookEndpointCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await WebhookAccess.EnsureAdminAsync(grains, command.Actor, command.OrganizationId);

        var types = (command.EventTypes ?? []).Distinct(StringComparer.Ordinal).ToList();
        var unknown = types.Where(type => !IntegratorEventTypes.All.Contains(type)).ToList();
        if (unknown.Count > 0)
        {
            throw new RefusalException(
                ErrorCode.BadUserInput,
                $"Unknown event types: {string.Join(", ", unknown)}.");
        }

        var url = await guard.CheckAsync(command.Url, cancellationToken);
        var secret = WebhookSecrets.New();

        var endpoint = await endpoints.AddAsync(command.OrganizationId, url, types, secret, cancellationToken);

        return new WebhookEndpointWithSecret(endpoint, secret);
    }
}
