using TwoStep.Application.Organizations;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Webhooks;

/// <summary>
/// Who may manage an organization's webhooks and read its deliveries: whoever the organization
/// grain lets follow its events (its admins; while it requires two-step, only from a two-step session).
/// </summary>
internal static class WebhookAccess
{
    public static async Task EnsureAdminAsync(IGrainFactory grains, Actor actor, string organizationId)
    {
        var organization = OrganizationIds.Grain(grains, organizationId);

        var admission = await organization.EnsureMayWatchEvents(actor);

        admission.Unwrap();
    }

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
