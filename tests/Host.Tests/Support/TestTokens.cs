using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TwoStep.Host.Tests.Support;

/// <summary>Bearer tokens as the product's identity provider would issue them, for the test host's key.</summary>
public static class TestTokens
{
    public const string Issuer = "https://issuer.test";
    public const string Audience = "twostep-tests";
    public const string SigningKey = "host-tests-signing-key-of-at-least-32-characters";

    /// <summary>
    /// A token for <paramref name="subject"/>. The token's own lifetime follows the real clock (that is
    /// what JWT validation reads); <paramref name="signedInAt"/> is the primary sign-in (auth_time).
    /// </summary>
    public static string For(
        string subject,
        DateTimeOffset signedInAt,
        string idp = "password",
        string? email = null,
        string? name = null,
        string issuer = Issuer,
        string audience = Audience,
        string signingKey = SigningKey,
        TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["idp"] = idp,
            ["auth_time"] = signedInAt.ToUnixTimeSeconds(),
            ["email"] = email ?? $"{subject}@example.com",
            ["name"] = name ?? $"User {subject}",
        };

        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
