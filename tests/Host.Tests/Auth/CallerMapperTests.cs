using System.Security.Claims;
using TwoStep.Domain.Identity;
using TwoStep.Host.Auth;

namespace TwoStep.Host.Tests.Auth;

public sealed class CallerMapperTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));

    [Fact]
    public void Reads_every_claim_TwoStep_uses()
    {
        var caller = CallerMapper.ToCaller(Principal(
            ("sub", "u-1"),
            ("email", "ann@example.com"),
            ("name", "Ann"),
            ("idp", "google"),
            ("auth_time", "1700000000")));

        Assert.NotNull(caller);
        Assert.Equal("u-1", caller.UserId);
        Assert.Equal("ann@example.com", caller.Email);
        Assert.Equal("Ann", caller.Name);
        Assert.Equal(IdentityProvider.Google, caller.Provider);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), caller.AuthenticatedAt);
    }

    [Fact]
    public void A_token_without_sub_is_not_a_caller()
    {
        Assert.Null(CallerMapper.ToCaller(Principal(("email", "ann@example.com"), ("idp", "password"))));
    }

    [Fact]
    public void An_unauthenticated_principal_is_not_a_caller()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u-1")]));

        Assert.Null(CallerMapper.ToCaller(anonymous));
    }

    [Fact]
    public void An_identity_provider_TwoStep_does_not_know_is_not_a_caller()
    {
        Assert.Null(CallerMapper.ToCaller(Principal(("sub", "u-1"), ("idp", "okta"))));
    }

    [Fact]
    public void A_token_without_idp_is_the_products_own_password_sign_in()
    {
        var caller = CallerMapper.ToCaller(Principal(("sub", "u-1")));

        Assert.Equal(IdentityProvider.Password, caller?.Provider);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void A_missing_or_unreadable_auth_time_is_never_fresh(string? authTime)
    {
        var claims = authTime is null
            ? Principal(("sub", "u-1"))
            : Principal(("sub", "u-1"), ("auth_time", authTime));

        var caller = CallerMapper.ToCaller(claims);

        Assert.NotNull(caller);
        Assert.False(caller.SignIn.IsFresh(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
    }
}
