using Microsoft.IdentityModel.Tokens;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>How TwoStep checks its own two-step tokens when they come back as bearer tokens.</summary>
public static class TwoStepTokenValidation
{
    /// <summary>The authentication type of identities read from a two-step token.</summary>
    public const string AuthenticationType = "TwoStep";

    public static TokenValidationParameters Parameters(SigningKeys keys, TokenSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(settings);

        return new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            ValidAlgorithms = [SigningKey.Algorithm],
            IssuerSigningKeyResolver = (_, _, kid, _) =>
                keys.Current.FindPublished(kid, time.GetUtcNow()) is { } key ? [key.PublicKey] : [],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = settings.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires, settings, time),
            NameClaimType = TwoStepClaims.Name,
            AuthenticationType = AuthenticationType,
        };
    }

    // The injected clock decides, so tests that move time see tokens expire.
    private static bool IsCurrent(DateTime? notBefore, DateTime? expires, TokenSettings settings, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } until
            && until > now - settings.ClockSkew
            && (notBefore is not { } from || from <= now + settings.ClockSkew);
    }
}
