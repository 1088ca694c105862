using System.Globalization;
using System.Security.Claims;
using TwoStep.Application.Common;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Tokens;

namespace TwoStep.Host.Auth;

/// <summary>Reads the <see cref="Caller"/> out of a validated bearer token.</summary>
public static class CallerMapper
{
    private const long MaxUnixSeconds = 253_402_300_799;

    /// <summary>
    /// The caller, or <c>null</c> when the principal is not authenticated, has no <c>sub</c>, or names
    /// an identity provider TwoStep does not know. A missing <c>idp</c> means the product's own password
    /// sign-in; a missing or unreadable <c>auth_time</c> makes the sign-in count as not fresh.
    /// <see cref="Caller.TwoStepAt"/> is set only for TwoStep's own two-step token.
    /// </summary>
    public static Caller? ToCaller(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = principal.FindFirst(TokenClaims.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var provider = ReadProvider(principal.FindFirst(TokenClaims.IdentityProvider)?.Value);
        if (provider is null)
        {
            return null;
        }

        return new Caller(
            subject,
            principal.FindFirst(TokenClaims.Email)?.Value,
            principal.FindFirst(TokenClaims.Name)?.Value,
            provider.Value,
            ReadAuthTime(principal.FindFirst(TokenClaims.AuthTime)?.Value),
            ReadTwoStepTime(principal));
    }

    // Only TwoStep's own token, validated against its own keys, may say the second step was
    // passed: the same claim in an identity provider's token means nothing here.
    private static DateTimeOffset? ReadTwoStepTime(ClaimsPrincipal principal)
    {
        var twoStep = principal.Identities.FirstOrDefault(identity => identity.IsAuthenticated
            && identity.AuthenticationType == TwoStepTokenValidation.AuthenticationType);
        var value = twoStep?.FindFirst(TwoStepClaims.TwoStepTime)?.Value;
        if (value is null)
        {
            return null;
        }

        var passedAt = ReadAuthTime(value);
        return passedAt == DateTimeOffset.MinValue ? null : passedAt;
    }

    private static IdentityProvider? ReadProvider(string? value) => value switch
    {
        null or "password" => IdentityProvider.Password,
        "google" => IdentityProvider.Google,
        "microsoft" => IdentityProvider.Microsoft,
        "sso" => IdentityProvider.Sso,
        _ => null,
    };

    private static DateTimeOffset ReadAuthTime(string? value)
    {
        // The earliest instant is never within a re-authentication window, so an unknown sign-in
        // time asks for a fresh sign-in instead of being trusted.
        const NumberStyles numeric = NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(value, numeric, CultureInfo.InvariantCulture, out var seconds)
            || seconds > MaxUnixSeconds)
        {
            return DateTimeOffset.MinValue;
        }

        return DateTimeOffset.FromUnixTimeSeconds((long)decimal.Floor(seconds));
    }
}
