using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using TwoStep.Host.Auth.Integrators;
using TwoStep.Host.Auth.Provisioning;

namespace TwoStep.Host.Auth;

/// <summary>
/// Remembers, per exact <c>Authorization</c> header, the outcome of authenticating a bearer JWT with
/// the default scheme, so the product's pipeline asking for access decisions with the same token
/// on every request skips the scheme selection and the bearer handler. Only a successful JWT
/// sign-in (the identity provider's or TwoStep's own) is remembered, never a failure and never a
/// provisioning or integrator key (those can be revoked); it is used until the token expires and
/// for at most <see cref="RememberedBearers.MaxAge"/>, and every request gets its own copy of the principal.
/// The service it stands in front of is made only when a request needs it.
/// </summary>
internal sealed class RememberedBearerAuthentication(
    Func<IAuthenticationService> schemes,
    RememberedBearers remembered) : IAuthenticationService
{
    private IAuthenticationService? _inner;

    private IAuthenticationService Inner => _inner ??= schemes();

    public async Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
    {
        ArgumentNullException.ThrowIfNull(context);

        var header = DefaultSchemeHeader(context, scheme);
        if (header is not null && remembered.TryGet(header, out var known))
        {
            var copy = RememberedBearers.Copy(known.Principal);
            return AuthenticateResult.Success(new AuthenticationTicket(copy, known.Scheme));
        }

        var result = await Inner.AuthenticateAsync(context, scheme);
        if (header is not null && result is { Succeeded: true, Ticket: { } ticket } && IsBearerJwt(ticket))
        {
            remembered.Remember(header, ticket.Principal, ticket.AuthenticationScheme, Expiry(ticket));
        }

        return result;
    }

    public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
        Inner.ChallengeAsync(context, scheme, properties);

    public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
        Inner.ForbidAsync(context, scheme, properties);

    public Task SignInAsync(
        HttpContext context,
        string? scheme,
        ClaimsPrincipal principal,
        AuthenticationProperties? properties) =>
        Inner.SignInAsync(context, scheme, principal, properties);

    public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
        Inner.SignOutAsync(context, scheme, properties);

    // Only the default scheme (what the authentication middleware asks for), one header value, and
    // no key anywhere in the request: the scheme selector would pick a key's scheme over the bearer.
    private static string? DefaultSchemeHeader(HttpContext context, string? scheme)
    {
        if (scheme is not (null or TwoStepTokenScheme.Selector)
            || ProvisioningKeyHandler.CarriesKey(context.Request)
            || IntegratorKeyHandler.CarriesKey(context.Request))
        {
            return null;
        }

        var values = context.Request.Headers.Authorization;
        return values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
    }

    private static bool IsBearerJwt(AuthenticationTicket ticket) =>
        ticket.AuthenticationScheme is JwtBearerDefaults.AuthenticationScheme or TwoStepTokenScheme.Name;

    private static DateTimeOffset? Expiry(AuthenticationTicket ticket)
    {
        if (ticket.Properties.ExpiresUtc is { } expires)
        {
            return expires;
        }

        var exp = ticket.Principal.FindFirst("exp")?.Value;
        return long.TryParse(exp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds < 253_402_300_799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
