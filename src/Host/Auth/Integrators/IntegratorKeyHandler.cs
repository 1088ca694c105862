using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TwoStep.Application.Integrations;

namespace TwoStep.Host.Auth.Integrators;

/// <summary>
/// Authenticates an integrator key sent as a bearer token (<c>Bearer tsi_…</c>). The principal has no
/// <c>sub</c>: it is no user, so it may only follow and read its organization's events (see
/// <see cref="WatcherMapper"/>); every other field answers <c>UNAUTHENTICATED</c>.
/// </summary>
internal sealed class IntegratorKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IIntegratorKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Whether the request's bearer value has the shape of an integrator key.</summary>
    public static bool CarriesKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        return IntegratorKeySecrets.LooksLikeKey(BearerValue(request));
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerValue(Request) is not { } presented || !IntegratorKeySecrets.LooksLikeKey(presented))
        {
            return AuthenticateResult.NoResult();
        }

        if (await keys.VerifyAsync(presented, Context.RequestAborted) is not { } key)
        {
            return AuthenticateResult.Fail("Not an active integrator key.");
        }

        const string scheme = IntegratorKeyDefaults.AuthenticationScheme;
        Claim[] claims =
        [
            new(IntegratorKeyDefaults.KeyIdClaim, key.Id.ToString("D", CultureInfo.InvariantCulture)),
            new(IntegratorKeyDefaults.OrganizationClaim, key.OrganizationId),
        ];
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, scheme)), scheme);
        return AuthenticateResult.Success(ticket);
    }

    private static string? BearerValue(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }
}
