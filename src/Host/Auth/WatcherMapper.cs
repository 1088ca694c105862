using System.Security.Claims;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Host.Auth.Integrators;

namespace TwoStep.Host.Auth;

/// <summary>Reads who follows events out of a validated principal: an integrator key or a signed-in caller.</summary>
public static class WatcherMapper
{
    /// <summary>The watcher, or <c>null</c> when the principal is neither an integrator key nor a caller.</summary>
    public static Watcher? ToWatcher(ClaimsPrincipal? principal)
    {
        // Only an identity the key scheme made counts: a JWT that carries the same claim is not a key.
        var organizationId = principal?.Identities
            .FirstOrDefault(identity => identity is { IsAuthenticated: true }
                && identity.AuthenticationType == IntegratorKeyDefaults.AuthenticationScheme)
            ?.FindFirst(IntegratorKeyDefaults.OrganizationClaim)?.Value;
        if (organizationId is not null)
        {
            return Watcher.OfIntegratorKey(organizationId);
        }

        var caller = CallerMapper.ToCaller(principal);
        return caller is null ? null : Watcher.Of(new Actor(caller, caller.PassedTwoStep));
    }
}
