using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TwoStep.MintToken;

internal static class TokenMinter
{
    /// <summary>An HS256 JWT with the claims TwoStep reads: sub, email, name, idp and auth_time.</summary>
    public static string Mint(MintRequest request, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = request.Subject,
            ["idp"] = request.IdentityProvider,
            ["auth_time"] = (now - request.AuthAge).ToUnixTimeSeconds(),
        };
        if (request.Email is not null)
        {
            claims["email"] = request.Email;
        }

        if (request.Name is not null)
        {
            claims["name"] = request.Name;
        }

        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(request.SigningKey));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + request.Lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
