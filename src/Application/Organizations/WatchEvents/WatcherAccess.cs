using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>Whether a watcher may follow and read an organization's events; <c>FORBIDDEN</c> otherwise.</summary>
public static class WatcherAccess
{
    public static async Task EnsureMayWatchAsync(IGrainFactory grains, Watcher watcher, string organizationId)
    {
        ArgumentNullException.ThrowIfNull(watcher);

        if (watcher.KeyOrganizationId is { } keyOrganization)
        {
            // An integrator key answers for its own organization and nothing else.
            if (!string.Equals(keyOrganization, organizationId, StringComparison.Ordinal))
            {
                throw new RefusalException(ErrorCode.Forbidden, "This integrator key belongs to another organization.");
            }

            return;
        }

        var actor = watcher.Actor ?? throw new RefusalException(ErrorCode.Unauthenticated, "Sign in first.");
        var organization = OrganizationIds.Grain(grains, organizationId);

        var admission = await organization.EnsureMayWatchEvents(actor);

        admission.Unwrap();
    }
}
