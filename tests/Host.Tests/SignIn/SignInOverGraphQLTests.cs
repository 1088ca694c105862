using System.Net;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.SignIn.SignInFlow;

namespace TwoStep.Host.Tests.SignIn;

/// <summary>SPEC "Sign-in challenge" as a frontend lives it, and what the two-step token then unlocks.</summary>
public sealed class SignInOverGraphQLTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Me = "{ me { id twoStep { enabled phoneNumber recoveryCodesRemaining } } }";

    [Fact]
    public async Task A_member_signs_in_with_the_code_and_TwoStep_accepts_the_token_it_returns()
    {
        var phone = NewPhone();
        await host.EnrollAsync("signer", phone);
        var token = host.FreshToken("signer");

        var started = await host.Client.PostGraphQLAsync(StartSignIn, token: token);
        var completed = await host.CompleteAsync(token, host.Plivo.LatestCodeTo(phone));
        var me = await host.Client.PostGraphQLAsync(Me, token: TokenOf(completed));

        var challenge = Payload(started, "startTwoStepSignIn");
        Assert.Equal($"+44 ••• ••• {phone[^4..]}", challenge.GetProperty("phoneNumber").GetString());
        Assert.Equal(
            host.Clock.GetUtcNow().AddMinutes(10),
            challenge.GetProperty("expiresAt").GetDateTimeOffset(),
            TimeSpan.FromSeconds(1));
        Assert.Empty(completed.Errors);
        Assert.Equal(
            host.Clock.GetUtcNow().AddMinutes(10),
            Payload(completed, "completeTwoStepSignIn").GetProperty("expiresAt").GetDateTimeOffset(),
            TimeSpan.FromSeconds(1));
        Assert.Empty(me.Errors);
        Assert.Equal("signer", me.Data.GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var recoveryCodes = await host.EnrollAsync("recoverer", NewPhone());
        var token = host.FreshToken("recoverer");

        var first = await host.CompleteAsync(token, recoveryCode: recoveryCodes[2]);
        var again = await host.CompleteAsync(token, recoveryCode: recoveryCodes[2]);
        var me = await host.Client.PostGraphQLAsync(Me, token: token);

        Assert.Empty(first.Errors);
        Assert.Equal(9, Payload(first, "completeTwoStepSignIn").GetProperty("recoveryCodesRemaining").GetInt32());
        Assert.Equal("INVALID_CODE", again.ErrorCode);
        var twoStep = me.Data.GetProperty("me").GetProperty("twoStep");
        Assert.Equal(9, twoStep.GetProperty("recoveryCodesRemaining").GetInt32());
    }

    [Fact]
    public async Task A_member_who_never_enrolled_is_NOT_ENROLLED_and_gets_no_SMS()
    {
        var before = host.Plivo.MessageCount;

        var answer = await host.Client.PostGraphQLAsync(StartSignIn, token: host.FreshToken("never-enrolled"));

        Assert.Equal("NOT_ENROLLED", answer.ErrorCode);
        Assert.Equal(before, host.Plivo.MessageCount);
    }

    [Fact]
    public async Task Completing_takes_exactly_one_of_code_and_recovery_code()
    {
        await host.EnrollAsync("one-of-two", NewPhone());
        var token = host.FreshToken("one-of-two");

        var neither = await host.CompleteAsync(token);
        var both = await host.CompleteAsync(token, "123456", "abcde-fghjk");

        Assert.Equal("BAD_USER_INPUT", neither.ErrorCode);
        Assert.Equal("BAD_USER_INPUT", both.ErrorCode);
    }

    [Fact]
    public async Task Disabling_needs_the_two_step_token_and_then_voids_everything()
    {
        var phone = NewPhone();
        var twoStepToken = await host.TwoStepTokenAsync("disabler", phone);
        const string disable = "mutation { disableTwoStep { twoStep { enabled phoneNumber recoveryCodesRemaining } } }";

        var withPrimaryOnly = await host.Client.PostGraphQLAsync(disable, token: host.FreshToken("disabler"));
        var withTwoStep = await host.Client.PostGraphQLAsync(disable, token: twoStepToken);
        var signIn = await host.Client.PostGraphQLAsync(StartSignIn, token: host.FreshToken("disabler"));

        Assert.Equal("REAUTHENTICATION_REQUIRED", withPrimaryOnly.ErrorCode);
        Assert.Empty(withTwoStep.Errors);
        var twoStep = Payload(withTwoStep, "disableTwoStep").GetProperty("twoStep");
        Assert.False(twoStep.GetProperty("enabled").GetBoolean());
        Assert.Equal(0, twoStep.GetProperty("recoveryCodesRemaining").GetInt32());
        Assert.Equal("NOT_ENROLLED", signIn.ErrorCode);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_two_step_token_and_void_the_old_set()
    {
        var phone = NewPhone();
        var old = await host.EnrollAsync("regenerator", phone);
        var token = host.FreshToken("regenerator");
        var twoStepToken = TokenOf(await host.CompleteAsync(token, await host.StartSignInAsync(token, phone)));
        const string regenerate =
            "mutation { regenerateRecoveryCodes { recoveryCodes twoStep { recoveryCodesRemaining } } }";

        var withPrimaryOnly = await host.Client.PostGraphQLAsync(regenerate, token: token);
        var regenerated = await host.Client.PostGraphQLAsync(regenerate, token: twoStepToken);
        var withOld = await host.CompleteAsync(token, recoveryCode: old[0]);

        Assert.Equal("REAUTHENTICATION_REQUIRED", withPrimaryOnly.ErrorCode);
        Assert.Empty(regenerated.Errors);
        var codes = Payload(regenerated, "regenerateRecoveryCodes").GetProperty("recoveryCodes").EnumerateArray()
            .Select(c => c.GetString()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal("INVALID_CODE", withOld.ErrorCode);
    }

    [Fact]
    public async Task A_change_of_number_with_the_two_step_token_keeps_the_old_number_until_confirmed()
    {
        var oldPhone = NewPhone();
        var newPhone = NewPhone();
        var twoStepToken = await host.TwoStepTokenAsync("mover", oldPhone);
        host.Clock.Advance(TimeSpan.FromSeconds(30));

        var started = await host.Client.PostGraphQLAsync(StartEnrollment, new { phone = newPhone }, twoStepToken);
        var during = await host.Client.PostGraphQLAsync(Me, token: twoStepToken);
        var code = host.Plivo.LatestCodeTo(newPhone);
        var confirmed = await host.Client.PostGraphQLAsync(ConfirmEnrollment, new { code }, twoStepToken);
        var after = await host.Client.PostGraphQLAsync(Me, token: twoStepToken);

        Assert.Empty(started.Errors);
        Assert.Equal(oldPhone, PhoneOf(during));
        Assert.Empty(confirmed.Errors);
        Assert.Equal(newPhone, PhoneOf(after));
    }

    [Fact]
    public async Task The_JWKS_is_served_with_public_keys_only()
    {
        using var response = await host.Client.GetAsync(new Uri("/.well-known/jwks.json", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jwk-set+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"kid\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"d\"", text, StringComparison.Ordinal);
    }

    private static string? PhoneOf(GraphQLAnswer me) =>
        me.Data.GetProperty("me").GetProperty("twoStep").GetProperty("phoneNumber").GetString();
}
