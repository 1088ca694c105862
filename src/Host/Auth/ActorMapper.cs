using System.Security.Claims;
using TwoStep.Application.Organizations;

namespace TwoStep.Host.Auth;

/// <summary>Reads the <see cref="Actor"/> of an organization operation out of a validated principal.</summary>
public static class ActorMapper
{
    /// <summary>The actor, or <c>null</c> when <see cref="CallerMapper.ToCaller"/> finds no caller.</summary>
    public static Actor? ToActor(ClaimsPrincipal? principal)
    {
        var caller = CallerMapper.ToCaller(principal);
        return caller is null ? null : new Actor(caller, PassedTwoStep(principal!));
    }

    /// <summary>
    /// Whether the session passed two-step: its token states how the user authenticated (<c>amr</c>),
    /// which only TwoStep's own two-step token does.
    /// </summary>
    public static bool PassedTwoStep(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);

        return principal.HasClaim(claim => claim.Type == TokenClaims.AuthenticationMethods);
    }
}
