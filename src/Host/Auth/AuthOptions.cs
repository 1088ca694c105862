namespace TwoStep.Host.Auth;

/// <summary>
/// The <c>Auth</c> configuration section: how incoming bearer tokens are validated. Exactly one of
/// <see cref="SigningKey"/> (development) and <see cref="Authority"/> (production) is set.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public const int MinimumSigningKeyLength = 32;

    /// <summary>The expected <c>iss</c> of incoming tokens.</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c> of incoming tokens.</summary>
    public string? Audience { get; set; }

    /// <summary>A shared HS256 key: the UTF-8 bytes of this string, at least 32 characters.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OIDC authority whose discovery document publishes the signing keys.</summary>
    public string? Authority { get; set; }
}
