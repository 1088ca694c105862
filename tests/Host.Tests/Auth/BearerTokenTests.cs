using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Auth;

public sealed class BearerTokenTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Me = "{ me { id } }";

    public static TheoryData<string, string> RejectedTokens => new()
    {
        { "bad signature", TestTokens.For("bob", DateTimeOffset.UtcNow, signingKey: new string('x', 48)) },
        { "expired", TestTokens.For("bob", DateTimeOffset.UtcNow, lifetime: TimeSpan.FromMinutes(-10)) },
        { "wrong audience", TestTokens.For("bob", DateTimeOffset.UtcNow, audience: "another-app") },
        { "wrong issuer", TestTokens.For("bob", DateTimeOffset.UtcNow, issuer: "https://elsewhere.test") },
        { "unknown identity provider", TestTokens.For("bob", DateTimeOffset.UtcNow, idp: "okta") },
        { "not a token", "not-a-jwt" },
    };

    [Fact]
    public async Task A_field_that_needs_a_user_answers_UNAUTHENTICATED_without_a_token()
    {
        var answer = await host.Client.PostGraphQLAsync(Me);

        Assert.Equal("UNAUTHENTICATED", answer.ErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.Data.ValueKind);
    }

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task A_field_that_needs_a_user_answers_UNAUTHENTICATED_for_a_token_it_cannot_trust(
        string why,
        string token)
    {
        var answer = await host.Client.PostGraphQLAsync(Me, token: token);

        Assert.True(answer.ErrorCode == "UNAUTHENTICATED", $"A token with {why} was accepted.");
    }

    [Fact]
    public async Task A_valid_token_names_the_caller()
    {
        var token = TestTokens.For("carol", DateTimeOffset.UtcNow, email: "carol@example.com", name: "Carol");

        var answer = await host.Client.PostGraphQLAsync("{ me { id email name } }", token: token);

        Assert.Empty(answer.Errors);
        var me = answer.Data.GetProperty("me");
        Assert.Equal("carol", me.GetProperty("id").GetString());
        Assert.Equal("carol@example.com", me.GetProperty("email").GetString());
        Assert.Equal("Carol", me.GetProperty("name").GetString());
    }
}
