using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Webhooks;

/// <summary>
/// Who may manage an organization's webhooks and read its deliveries: whoever the organization
/// grain lets follow its events (its admins; while it requires two-step, only from a two-step session).
/// </summary>
internal static class WebhookAccess
{
    public static Task EnsureAdminAsync(IGrainFactory grains, Actor actor, string organizationId) =>
        WatcherAccess.EnsureMayWatchAsync(grains, Watcher.Of(actor), organizationId);

    /// <summary>The endpoint, once the actor is known to administer its organization.</summary>
    public static async Task<WebhookEndpoint> LoadAsync(
        IGrainFactory grains,
        IWebhookEndpoints endpoints,
        Actor actor,
        Guid endpointId,
        CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(endpointId, cancellationToken)
            ?? throw new RefusalException(ErrorCode.NotFound, "No such webhook endpoint.");

        await EnsureAdminAsync(grains, actor, endpoint.OrganizationId);
        return endpoint;
    }
}
