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
        // Only an identity the key scheme made counts: a JWT that carries the same claims is not a key.
        var key = principal?.Identities.FirstOrDefault(identity => identity is { IsAuthenticated: true }
            && identity.AuthenticationType == IntegratorKeyDefaults.AuthenticationScheme);
        if (key?.FindFirst(IntegratorKeyDefaults.OrganizationClaim)?.Value is { } organizationId
            && Guid.TryParse(key.FindFirst(IntegratorKeyDefaults.KeyIdClaim)?.Value, out var keyId))
        {
            return Watcher.OfIntegratorKey(organizationId, keyId);
        }

        var caller = CallerMapper.ToCaller(principal);
        return caller is null ? null : Watcher.Of(new Actor(caller, caller.PassedTwoStep));
    }
}
