using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TwoStep.Host.Auth;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Auth;

/// <summary>
/// The cache is proved by asking again with parameters that would reject the token (another key):
/// an answer of "valid" can then only come from the cache.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_token_found_valid_is_remembered_for_a_while()
    {
        var cache = new ValidatedTokenCache(_time);
        var token = TestTokens.For("alice", DateTimeOffset.UtcNow);

        Assert.True((await cache.ValidateTokenAsync(token, Parameters(TestTokens.SigningKey))).IsValid);
        _time.Advance(ValidatedTokenCache.MaxAge - TimeSpan.FromSeconds(1));

        Assert.True((await cache.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task A_remembered_token_is_checked_again_after_the_longest_trust()
    {
        var cache = new ValidatedTokenCache(_time);
        var token = TestTokens.For("alice", DateTimeOffset.UtcNow);
        await cache.ValidateTokenAsync(token, Parameters(TestTokens.SigningKey));

        _time.Advance(ValidatedTokenCache.MaxAge + TimeSpan.FromSeconds(1));

        Assert.False((await cache.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task A_remembered_token_is_never_served_after_it_expires()
    {
        var cache = new ValidatedTokenCache(_time);
        var token = TestTokens.For("alice", DateTimeOffset.UtcNow, lifetime: TimeSpan.FromSeconds(20));
        await cache.ValidateTokenAsync(token, Parameters(TestTokens.SigningKey));

        _time.Advance(TimeSpan.FromSeconds(21));

        Assert.False((await cache.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task A_token_that_failed_is_not_remembered()
    {
        var cache = new ValidatedTokenCache(_time);
        var forged = TestTokens.For("mallory", DateTimeOffset.UtcNow, signingKey: OtherKey);

        Assert.False((await cache.ValidateTokenAsync(forged, Parameters(TestTokens.SigningKey))).IsValid);
        Assert.False((await cache.ValidateTokenAsync(forged, Parameters(TestTokens.SigningKey))).IsValid);
        Assert.True((await cache.ValidateTokenAsync(forged, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task Each_caller_gets_its_own_identity()
    {
        var cache = new ValidatedTokenCache(_time);
        var token = TestTokens.For("alice", DateTimeOffset.UtcNow);
        var first = await cache.ValidateTokenAsync(token, Parameters(TestTokens.SigningKey));

        first.ClaimsIdentity.AddClaim(new Claim("role", "added-by-one-request"));
        var second = await cache.ValidateTokenAsync(token, Parameters(TestTokens.SigningKey));

        Assert.Null(second.ClaimsIdentity.FindFirst("role"));
        Assert.Equal("alice", second.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    private const string OtherKey = "another-signing-key-of-at-least-32-characters!!";

    private static TokenValidationParameters Parameters(string key) => new()
    {
        ValidIssuer = TestTokens.Issuer,
        ValidAudience = TestTokens.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
    };
}
