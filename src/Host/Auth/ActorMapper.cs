using System.Security.Claims;
using TwoStep.Application.Organizations;
using TwoStep.Host.Auth.Provisioning;

namespace TwoStep.Host.Auth;

/// <summary>Reads the <see cref="Actor"/> of an organization operation out of a validated principal.</summary>
public static class ActorMapper
{
    /// <summary>
    /// The actor: a provisioning key validated by its own scheme, or the caller of a bearer token;
    /// <c>null</c> when neither is there.
    /// </summary>
    public static Actor? ToActor(ClaimsPrincipal? principal)
    {
        if (principal is null)
        {
            return null;
        }

        if (ProvisioningKeyName(principal) is { } keyName)
        {
            return Actor.Provisioning(keyName);
        }

        // The claims are read once: this runs on every access decision.
        var caller = CallerMapper.ToCaller(principal);
        return caller is null ? null : new Actor(caller, caller.PassedTwoStep);
    }

    /// <summary>
    /// Whether the session passed two-step: true only for a token validated by the two-step token
    /// scheme (TwoStep's own issuer and keys). An identity provider's token that carries <c>amr</c> or
    /// <c>two_step_time</c> does not pass (<see cref="CallerMapper.ToCaller"/> reads the time from
    /// that scheme's identity only).
    /// </summary>
    public static bool PassedTwoStep(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);

        return CallerMapper.ToCaller(principal)?.PassedTwoStep == true;
    }

    // Only an identity the key scheme made counts: a JWT that carries the same claim is not a key.
    private static string? ProvisioningKeyName(ClaimsPrincipal principal) =>
        principal.Identities
            .FirstOrDefault(identity => identity is { IsAuthenticated: true }
                && identity.AuthenticationType == ProvisioningKeyDefaults.AuthenticationScheme)
            ?.FindFirst(ProvisioningKeyDefaults.KeyNameClaim)?.Value;
}
