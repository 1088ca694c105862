using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using TwoStep.Host.Auth;
using TwoStep.Host.Auth.Integrators;
using TwoStep.Host.Auth.Provisioning;
using TwoStep.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace TwoStep.Host.Tests.Auth;

/// <summary>
/// A bearer JWT the default scheme accepted is remembered by its exact header: until the token
/// expires, for a minute at most, as a fresh copy per request; failures and keys never are.
/// </summary>
public sealed class RememberedBearerAuthenticationTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingSchemes _schemes = new();

    [Fact]
    public async Task A_token_accepted_once_is_not_run_through_the_schemes_again()
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(
            JwtBearerDefaults.AuthenticationScheme, "alice", expiresIn: TimeSpan.FromMinutes(10));

        var first = await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);
        var second = await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        Assert.Equal(1, _schemes.Calls);
        Assert.True(second.Succeeded);
        Assert.Equal("alice", second.Principal!.FindFirst("sub")!.Value);
        Assert.Equal(JwtBearerDefaults.AuthenticationScheme, second.Ticket!.AuthenticationScheme);
        Assert.NotSame(first.Principal, second.Principal);
    }

    [Fact]
    public async Task Each_request_gets_its_own_copy_of_the_principal()
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(TwoStepTokenScheme.Name, "alice", expiresIn: TimeSpan.FromMinutes(10));
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        var tampered = await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);
        ((ClaimsIdentity)tampered.Principal!.Identity!).AddClaim(new Claim("role", "admin"));
        var next = await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        Assert.Null(next.Principal!.FindFirst("role"));
    }

    [Fact]
    public async Task A_token_is_run_through_the_schemes_again_once_it_expires()
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(
            JwtBearerDefaults.AuthenticationScheme, "alice", expiresIn: TimeSpan.FromSeconds(20));
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        _clock.Advance(TimeSpan.FromSeconds(21));
        _schemes.Answer = AuthenticateResult.Fail("The token expired.");
        var late = await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        Assert.Equal(2, _schemes.Calls);
        Assert.False(late.Succeeded);
    }

    [Fact]
    public async Task A_long_lived_token_is_checked_again_after_the_maximum_age()
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(JwtBearerDefaults.AuthenticationScheme, "alice", expiresIn: TimeSpan.FromHours(1));
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        _clock.Advance(RememberedBearers.MaxAge - TimeSpan.FromSeconds(1));
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        Assert.Equal(2, _schemes.Calls);
    }

    [Fact]
    public async Task A_request_that_also_carries_a_provisioning_key_goes_to_the_schemes()
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(
            JwtBearerDefaults.AuthenticationScheme, "alice", expiresIn: TimeSpan.FromMinutes(10));
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        var withKey = Request("Bearer head.alice.signature");
        withKey.Request.Headers[ProvisioningKeyDefaults.ApiKeyHeader] = "tsp_removed-key";
        _schemes.Answer = AuthenticateResult.Fail("Unknown provisioning key.");
        var answer = await authentication.AuthenticateAsync(withKey, null);
        await authentication.AuthenticateAsync(withKey, null);

        Assert.False(answer.Succeeded);
        Assert.Equal(3, _schemes.Calls);
    }

    [Fact]
    public async Task A_failure_is_never_remembered()
    {
        var authentication = Authentication();
        _schemes.Answer = AuthenticateResult.Fail("Bad signature.");

        await authentication.AuthenticateAsync(Request("Bearer head.forged.signature"), null);
        var again = await authentication.AuthenticateAsync(Request("Bearer head.forged.signature"), null);

        Assert.Equal(2, _schemes.Calls);
        Assert.False(again.Succeeded);
    }

    [Theory]
    [InlineData(ProvisioningKeyDefaults.AuthenticationScheme)]
    [InlineData(IntegratorKeyDefaults.AuthenticationScheme)]
    public async Task A_key_is_never_remembered_because_it_can_be_revoked(string scheme)
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(scheme, "key", expiresIn: TimeSpan.FromHours(1));

        await authentication.AuthenticateAsync(Request("Bearer head.key.signature"), null);
        await authentication.AuthenticateAsync(Request("Bearer head.key.signature"), null);

        Assert.Equal(2, _schemes.Calls);
    }

    [Fact]
    public async Task Another_header_and_a_named_scheme_go_to_the_schemes()
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(
            JwtBearerDefaults.AuthenticationScheme, "alice", expiresIn: TimeSpan.FromMinutes(10));
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        await authentication.AuthenticateAsync(Request("Bearer head.bob.signature"), null);
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), TwoStepTokenScheme.Name);

        Assert.Equal(3, _schemes.Calls);
    }

    [Fact]
    public async Task A_token_without_an_expiry_is_not_remembered()
    {
        var authentication = Authentication();
        _schemes.Answer = Accepted(JwtBearerDefaults.AuthenticationScheme, "alice", expiresIn: null);

        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);
        await authentication.AuthenticateAsync(Request("Bearer head.alice.signature"), null);

        Assert.Equal(2, _schemes.Calls);
    }

    private RememberedBearerAuthentication Authentication() => new(() => _schemes, new RememberedBearers(_clock));

    private AuthenticateResult Accepted(string scheme, string subject, TimeSpan? expiresIn)
    {
        var identity = new ClaimsIdentity([new Claim("sub", subject)], scheme);
        var properties = new AuthenticationProperties { ExpiresUtc = _clock.GetUtcNow() + expiresIn };
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), properties, scheme);
        return AuthenticateResult.Success(ticket);
    }

    private static DefaultHttpContext Request(string authorization)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = authorization;
        return context;
    }

    private sealed class CountingSchemes : IAuthenticationService
    {
        public AuthenticateResult Answer { get; set; } = AuthenticateResult.NoResult();

        public int Calls { get; private set; }

        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            Calls++;
            return Task.FromResult(Answer);
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            Task.CompletedTask;

        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            Task.CompletedTask;

        public Task SignInAsync(
            HttpContext context,
            string? scheme,
            ClaimsPrincipal principal,
            AuthenticationProperties? properties) => Task.CompletedTask;

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            Task.CompletedTask;
    }
}

/// <summary>The host's authentication goes through the memory of accepted bearer tokens.</summary>
public sealed class RememberedBearerRegistrationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_host_authenticates_through_the_remembered_bearers_and_keeps_callers_apart()
    {
        using (var scope = host.Services.CreateScope())
        {
            Assert.IsType<RememberedBearerAuthentication>(
                scope.ServiceProvider.GetRequiredService<IAuthenticationService>());
        }

        var alice = TestTokens.For($"alice-{Guid.NewGuid():N}", DateTimeOffset.UtcNow);
        var bob = TestTokens.For($"bob-{Guid.NewGuid():N}", DateTimeOffset.UtcNow);
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(Subject(alice), await MeAsync(alice));
            Assert.Equal(Subject(bob), await MeAsync(bob));
        }
    }

    private async Task<string?> MeAsync(string token)
    {
        var answer = await host.Client.PostGraphQLAsync("{ me { id } }", token: token);
        return answer.Data.GetProperty("me").GetProperty("id").GetString();
    }

    private static string Subject(string token) =>
        new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ReadJwtToken(token).Subject;
}
