using Microsoft.AspNetCore.Authentication.JwtBearer;
using TwoStep.Infrastructure.Tokens;

namespace TwoStep.Host.Auth;

/// <summary>
/// Bearer tokens come from two issuers: the identity provider and TwoStep itself (two-step
/// tokens). The default scheme looks at the unvalidated <c>iss</c> only to pick which of the two
/// validates the token; each scheme then checks signature, issuer, audience and lifetime.
/// </summary>
public static class TwoStepTokenScheme
{
    /// <summary>The scheme that validates TwoStep's own two-step tokens.</summary>
    public const string Name = "TwoStep";

    /// <summary>The default scheme: forwards to <see cref="Name"/> or the identity provider's scheme.</summary>
    public const string Selector = "BearerByIssuer";

    private const string BearerPrefix = "Bearer ";

    public static string Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        var issuer = context.RequestServices.GetRequiredService<TokenSettings>().Issuer;
        var token = header.AsSpan(BearerPrefix.Length).Trim();
        return string.Equals(UnvalidatedIssuer.Read(token), issuer, StringComparison.Ordinal)
            ? Name
            : JwtBearerDefaults.AuthenticationScheme;
    }
}
