using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.SignIn.SignInFlow;

namespace TwoStep.Host.Tests.SignIn;

/// <summary>The two-step token as another service sees it: checked against the published JWKS only.</summary>
public sealed class TwoStepTokenTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Me = "{ me { id } }";

    [Fact]
    public async Task The_published_JWKS_verifies_the_token_with_a_standard_JWT_library()
    {
        var token = await host.TwoStepTokenAsync("verified", NewPhone());

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "twostep",
            ValidAudience = TestTokens.Audience,
            IssuerSigningKeys = await PublishedKeys(),

            // Tokens carry the host's clock, which these tests move; the signature is the point here.
            LifetimeValidator = (notBefore, expires, _, _) =>
                notBefore <= host.Clock.GetUtcNow().UtcDateTime && expires > host.Clock.GetUtcNow().UtcDateTime,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal("ES256", jwt.Alg);
        Assert.Equal("verified", jwt.Subject);
        Assert.Equal("verified@example.com", jwt.GetClaim("email").Value);
        Assert.Equal("User verified", jwt.GetClaim("name").Value);
        Assert.Equal("password", jwt.GetClaim("idp").Value);
        Assert.True(jwt.TryGetPayloadValue<long>("auth_time", out _));
        Assert.Equal(["sms"], jwt.GetPayloadValue<string[]>("amr"));
        Assert.InRange(
            jwt.GetPayloadValue<long>("two_step_time"),
            host.Clock.GetUtcNow().ToUnixTimeSeconds() - 2,
            host.Clock.GetUtcNow().ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_token_signed_by_a_foreign_key_under_our_kid_and_issuer_is_refused()
    {
        var genuine = new JsonWebToken(await host.TwoStepTokenAsync("forged", NewPhone()));
        using var foreign = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = DateTime.UtcNow;
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = genuine.Issuer,
            Audience = TestTokens.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "forged",
                ["idp"] = "password",
                ["auth_time"] = genuine.GetPayloadValue<long>("auth_time"),
                ["two_step_time"] = genuine.GetPayloadValue<long>("two_step_time"),
            },
            SigningCredentials = new SigningCredentials(
                new ECDsaSecurityKey(foreign) { KeyId = genuine.Kid },
                SecurityAlgorithms.EcdsaSha256),
        });

        var answer = await host.Client.PostGraphQLAsync(Me, token: forged);
        var disable = await host.Client.PostGraphQLAsync(
            "mutation { disableTwoStep { twoStep { enabled } } }",
            token: forged);

        Assert.Equal("UNAUTHENTICATED", answer.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", disable.ErrorCode);
    }

    [Fact]
    public async Task An_identity_provider_token_claiming_a_second_step_does_not_pass_for_one()
    {
        await host.EnrollAsync("claimer", NewPhone());
        var now = DateTime.UtcNow;
        var claiming = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = TestTokens.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "claimer",
                ["idp"] = "password",
                ["auth_time"] = host.Clock.GetUtcNow().ToUnixTimeSeconds(),
                ["amr"] = "sms",
                ["two_step_time"] = host.Clock.GetUtcNow().ToUnixTimeSeconds(),
            },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestTokens.SigningKey)),
                SecurityAlgorithms.HmacSha256),
        });

        var answer = await host.Client.PostGraphQLAsync(
            "mutation { disableTwoStep { twoStep { enabled } } }",
            token: claiming);

        Assert.Equal("REAUTHENTICATION_REQUIRED", answer.ErrorCode);
    }

    private async Task<IList<SecurityKey>> PublishedKeys()
    {
        var json = await host.Client.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative));
        return new JsonWebKeySet(json).GetSigningKeys();
    }
}
