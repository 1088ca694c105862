using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TwoStep.Host.Auth.Provisioning;

/// <summary>
/// Authenticates a provisioning key sent as <c>X-Api-Key</c> or as a bearer token. The principal has
/// no <c>sub</c>: it is no user, so only the organization operations accept it (see <see cref="ActorMapper"/>).
/// </summary>
internal sealed class ProvisioningKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ProvisioningKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// Whether the request carries a provisioning key rather than a JWT: an <c>X-Api-Key</c> header,
    /// or a bearer value without the dots every JWT has.
    /// </summary>
    public static bool CarriesKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        return request.Headers.ContainsKey(ProvisioningKeyDefaults.ApiKeyHeader)
            || (BearerValue(request) is { } value && !value.Contains('.', StringComparison.Ordinal));
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[ProvisioningKeyDefaults.ApiKeyHeader].ToString() is { Length: > 0 } header
            ? header
            : BearerValue(Request);
        if (string.IsNullOrEmpty(presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (keys.Match(presented) is not { } name)
        {
            return Task.FromResult(AuthenticateResult.Fail("Not one of the configured provisioning keys."));
        }

        const string scheme = ProvisioningKeyDefaults.AuthenticationScheme;
        var identity = new ClaimsIdentity([new Claim(ProvisioningKeyDefaults.KeyNameClaim, name)], scheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), scheme);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    private static string? BearerValue(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }
}
