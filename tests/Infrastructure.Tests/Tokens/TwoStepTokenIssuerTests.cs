using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TwoStep.Application.Common;
using TwoStep.Application.SignIn;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Persistence;
using TwoStep.Infrastructure.Tokens;

namespace TwoStep.Infrastructure.Tests.Tokens;

public sealed class TwoStepTokenIssuerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset SignedInAt = DateTimeOffset.UtcNow.AddMinutes(-2);
    private static readonly Caller Caller =
        new("user-42", "ada@example.com", "Ada Lovelace", IdentityProvider.Google, SignedInAt);

    private TestDatabase _database = null!;
    private TokenTestKit _kit = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString, NullLogger.Instance);
        _kit = new TokenTestKit(_database, new FakeTimeProvider(DateTimeOffset.UtcNow));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_published_JWKS_verifies_a_token_with_a_standard_JWT_library()
    {
        var passedAt = _kit.Time.GetUtcNow();
        var token = await _kit.Issuer.IssueAsync(Caller, SecondStepMethod.Sms, passedAt, default);

        var result = await ValidateWithJwks(token.Token);

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal("ES256", jwt.Alg);
        Assert.Equal("user-42", jwt.Subject);
        Assert.Equal("ada@example.com", jwt.GetClaim("email").Value);
        Assert.Equal("Ada Lovelace", jwt.GetClaim("name").Value);
        Assert.Equal("google", jwt.GetClaim("idp").Value);
        Assert.Equal(SignedInAt.ToUnixTimeSeconds(), jwt.GetPayloadValue<long>("auth_time"));
        Assert.Equal(["sms"], jwt.GetPayloadValue<string[]>("amr"));
        Assert.Equal(passedAt.ToUnixTimeSeconds(), jwt.GetPayloadValue<long>("two_step_time"));
        Assert.Equal(TimeSpan.FromMinutes(10), jwt.ValidTo - jwt.IssuedAt);
        Assert.Equal(token.ExpiresAt.ToUnixTimeSeconds(), new DateTimeOffset(jwt.ValidTo).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_recovery_code_sign_in_says_so_in_amr()
    {
        var token = await _kit.Issuer.IssueAsync(Caller, SecondStepMethod.RecoveryCode, _kit.Time.GetUtcNow(), default);

        var jwt = new JsonWebToken(token.Token);

        Assert.Equal(["recovery_code"], jwt.GetPayloadValue<string[]>("amr"));
    }

    [Fact]
    public async Task The_JWKS_holds_public_keys_only()
    {
        await _kit.Keys.RefreshAsync(default);

        var json = Encoding.UTF8.GetString(JwksDocument.Write(_kit.Keys.Current.PublishedAt(_kit.Time.GetUtcNow())));

        using var document = JsonDocument.Parse(json);
        var key = Assert.Single(document.RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal("P-256", key.GetProperty("crv").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _));
    }

    [Fact]
    public async Task Our_validation_accepts_a_fresh_token_and_refuses_it_once_expired()
    {
        var token = await _kit.Issuer.IssueAsync(Caller, SecondStepMethod.Sms, _kit.Time.GetUtcNow(), default);
        var parameters = TwoStepTokenValidation.Parameters(_kit.Keys, TokenTestKit.Settings, _kit.Time);
        var handler = new JsonWebTokenHandler();

        var fresh = await handler.ValidateTokenAsync(token.Token, parameters);
        _kit.Time.Advance(TokenTestKit.Settings.Lifetime + TokenTestKit.Settings.ClockSkew + TimeSpan.FromSeconds(1));
        var expired = await handler.ValidateTokenAsync(token.Token, parameters);

        Assert.True(fresh.IsValid, fresh.Exception?.Message);
        Assert.False(expired.IsValid);
    }

    [Fact]
    public async Task A_token_signed_by_a_foreign_key_with_our_kid_is_refused()
    {
        var keys = await _kit.Keys.RefreshAsync(default);
        var ours = keys.SignerAt(_kit.Time.GetUtcNow());
        using var foreign = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = _kit.Time.GetUtcNow().UtcDateTime;
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenTestKit.Settings.Issuer,
            Audience = TokenTestKit.Settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "user-42", ["amr"] = "sms" },
            SigningCredentials = new SigningCredentials(
                new ECDsaSecurityKey(foreign) { KeyId = ours.Kid },
                SecurityAlgorithms.EcdsaSha256),
        });

        var ourCheck = await new JsonWebTokenHandler().ValidateTokenAsync(
            forged, TwoStepTokenValidation.Parameters(_kit.Keys, TokenTestKit.Settings, _kit.Time));
        var jwksCheck = await ValidateWithJwks(forged);

        Assert.False(ourCheck.IsValid);
        Assert.False(jwksCheck.IsValid);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var other = TokenTestKit.Settings with { Audience = "someone-else" };
        var issuer = new TwoStepTokenIssuer(_kit.Keys, other, _kit.Time, NullLogger<TwoStepTokenIssuer>.Instance);
        var token = await issuer.IssueAsync(Caller, SecondStepMethod.Sms, _kit.Time.GetUtcNow(), default);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(
            token.Token, TwoStepTokenValidation.Parameters(_kit.Keys, TokenTestKit.Settings, _kit.Time));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task A_token_signed_before_a_rotation_still_validates_after_it()
    {
        var token = await _kit.Issuer.IssueAsync(Caller, SecondStepMethod.Sms, _kit.Time.GetUtcNow(), default);
        await _kit.Keys.RotateAsync(default);
        _kit.Time.Advance(TokenTestKit.Settings.Propagation);
        await _kit.Keys.RefreshAsync(default);

        var after = await _kit.Issuer.IssueAsync(Caller, SecondStepMethod.Sms, _kit.Time.GetUtcNow(), default);
        var parameters = TwoStepTokenValidation.Parameters(_kit.Keys, TokenTestKit.Settings, _kit.Time);

        Assert.NotEqual(new JsonWebToken(token.Token).Kid, new JsonWebToken(after.Token).Kid);
        Assert.True((await new JsonWebTokenHandler().ValidateTokenAsync(token.Token, parameters)).IsValid);
        Assert.True((await new JsonWebTokenHandler().ValidateTokenAsync(after.Token, parameters)).IsValid);
    }

    // Validates the way an outside service would: from the JWKS document alone, on the real clock.
    private async Task<TokenValidationResult> ValidateWithJwks(string token)
    {
        var jwks = new JsonWebKeySet(Encoding.UTF8.GetString(
            JwksDocument.Write(_kit.Keys.Current.PublishedAt(_kit.Time.GetUtcNow()))));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TokenTestKit.Settings.Issuer,
            ValidAudience = TokenTestKit.Settings.Audience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
    }
}
