using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Enrollment;

/// <summary>SPEC "Enrollment" steps 1 to 4 as a frontend lives them: GraphQL in, SMS out through Plivo.</summary>
public sealed partial class EnrollmentOverGraphQLTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Start = """
        mutation Start($phone: String!) {
          startTwoStepEnrollment(input: { phoneNumber: $phone }) { phoneNumber expiresAt }
        }
        """;

    private const string Confirm = """
        mutation Confirm($code: String!) {
          confirmTwoStepEnrollment(input: { code: $code }) {
            recoveryCodes
            twoStep { enabled phoneNumber }
            user { id }
          }
        }
        """;

    private const string Me = "{ me { id email twoStep { enabled phoneNumber enabledAt recoveryCodesRemaining } } }";

    [Fact]
    public async Task A_member_turns_two_step_on_with_the_code_sent_to_their_phone()
    {
        var token = host.FreshToken("walker");

        var started = await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123456" }, token);
        var code = host.Plivo.LatestCodeTo("+447400123456");
        var confirmed = await host.Client.PostGraphQLAsync(Confirm, new { code }, token);
        var me = await host.Client.PostGraphQLAsync(Me, token: token);

        Assert.Equal(HttpStatusCode.OK, started.Status);
        var payload = started.Data.GetProperty("startTwoStepEnrollment");
        Assert.Equal("+447400123456", payload.GetProperty("phoneNumber").GetString());
        Assert.Contains("\"+447400123456\"", started.Text, StringComparison.Ordinal);
        Assert.Matches(IsoInstant(), payload.GetProperty("expiresAt").GetString());
        var expiresAt = payload.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(host.Clock.GetUtcNow().AddMinutes(10), expiresAt, TimeSpan.FromSeconds(1));

        Assert.Empty(confirmed.Errors);
        var result = confirmed.Data.GetProperty("confirmTwoStepEnrollment");
        var recoveryCodes = result.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(10, recoveryCodes.Distinct().Count());
        Assert.True(result.GetProperty("twoStep").GetProperty("enabled").GetBoolean());
        Assert.Equal("walker", result.GetProperty("user").GetProperty("id").GetString());

        var twoStep = me.Data.GetProperty("me").GetProperty("twoStep");
        Assert.True(twoStep.GetProperty("enabled").GetBoolean());
        Assert.Equal("+447400123456", twoStep.GetProperty("phoneNumber").GetString());
        Assert.Matches(IsoInstant(), twoStep.GetProperty("enabledAt").GetString());
        Assert.Equal(10, twoStep.GetProperty("recoveryCodesRemaining").GetInt32());
    }

    [Fact]
    public async Task A_member_who_never_enrolled_sees_two_step_off()
    {
        var me = await host.Client.PostGraphQLAsync(Me, token: host.FreshToken("bystander"));

        var twoStep = me.Data.GetProperty("me").GetProperty("twoStep");
        Assert.False(twoStep.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, twoStep.GetProperty("phoneNumber").ValueKind);
        Assert.Equal(0, twoStep.GetProperty("recoveryCodesRemaining").GetInt32());
    }

    [Fact]
    public async Task Starting_without_a_token_is_UNAUTHENTICATED_and_sends_nothing()
    {
        var answer = await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123401" });

        Assert.Equal("UNAUTHENTICATED", answer.ErrorCode);
        Assert.Empty(host.Plivo.TextsTo("+447400123401"));
    }

    [Fact]
    public async Task A_sign_in_older_than_five_minutes_is_REAUTHENTICATION_REQUIRED()
    {
        var stale = TestTokens.For("stale", host.Clock.GetUtcNow().AddMinutes(-6));

        var answer = await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123402" }, stale);

        Assert.Equal("REAUTHENTICATION_REQUIRED", answer.ErrorCode);
        Assert.Empty(host.Plivo.TextsTo("+447400123402"));
    }

    [Fact]
    public async Task A_member_who_signs_in_through_SSO_is_SSO_MANAGED()
    {
        var token = host.FreshToken("sso-member", idp: "sso");

        var answer = await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123403" }, token);

        Assert.Equal("SSO_MANAGED", answer.ErrorCode);
        Assert.Contains("SSO", answer.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(host.Plivo.TextsTo("+447400123403"));
    }

    [Theory]
    [InlineData("not a number", "INVALID_PHONE_NUMBER")]
    [InlineData("+1 123", "INVALID_PHONE_NUMBER")]
    [InlineData("+55 11 96123 4567", "PHONE_NUMBER_NOT_ALLOWED")]
    [InlineData("+44 20 7946 0018", "PHONE_NUMBER_NOT_ALLOWED")]
    [InlineData("+44 901 234 5678", "PHONE_NUMBER_NOT_ALLOWED")]
    public async Task A_number_that_cannot_receive_codes_is_refused_and_nothing_is_sent(string phone, string code)
    {
        var sentBefore = host.Plivo.MessageCount;

        var answer = await host.Client.PostGraphQLAsync(Start, new { phone }, host.FreshToken($"refused-{code}"));

        Assert.Equal(code, answer.ErrorCode);
        Assert.Equal(sentBefore, host.Plivo.MessageCount);
    }

    [Fact]
    public async Task A_wrong_code_is_INVALID_CODE_and_the_fifth_kills_the_code()
    {
        var token = host.FreshToken("guesser");
        await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123404" }, token);
        var right = host.Plivo.LatestCodeTo("+447400123404");
        var wrong = right == "000000" ? "111111" : "000000";

        var answers = new List<string?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add((await host.Client.PostGraphQLAsync(Confirm, new { code = wrong }, token)).ErrorCode);
        }

        var afterwards = await host.Client.PostGraphQLAsync(Confirm, new { code = right }, token);

        Assert.Equal(["INVALID_CODE", "INVALID_CODE", "INVALID_CODE", "INVALID_CODE", "TOO_MANY_ATTEMPTS"], answers);
        Assert.Equal("TOO_MANY_ATTEMPTS", afterwards.ErrorCode);
    }

    [Fact]
    public async Task A_code_older_than_ten_minutes_is_CODE_EXPIRED()
    {
        await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123405" }, host.FreshToken("slowpoke"));
        var code = host.Plivo.LatestCodeTo("+447400123405");

        host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var answer = await host.Client.PostGraphQLAsync(Confirm, new { code }, host.FreshToken("slowpoke"));

        Assert.Equal("CODE_EXPIRED", answer.ErrorCode);
    }

    [Fact]
    public async Task A_new_code_voids_the_one_before()
    {
        var token = host.FreshToken("resender");
        await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123406" }, token);
        var first = host.Plivo.LatestCodeTo("+447400123406");
        host.Clock.Advance(TimeSpan.FromSeconds(30)); // the send limit: one code per 30 seconds
        await host.Client.PostGraphQLAsync(Start, new { phone = "+44 7400 123406" }, token);
        var second = host.Plivo.LatestCodeTo("+447400123406");

        var withFirst = await host.Client.PostGraphQLAsync(Confirm, new { code = first }, token);
        var withSecond = await host.Client.PostGraphQLAsync(Confirm, new { code = second }, token);

        Assert.True(first == second || withFirst.ErrorCode == "INVALID_CODE", withFirst.Text);
        Assert.Empty(withSecond.Errors);
    }

    [Fact]
    public async Task A_message_Plivo_refuses_is_SMS_DELIVERY_FAILED()
    {
        var answer = await host.Client.PostGraphQLAsync(
            Start,
            new { phone = PlivoStandIn.RefusedNumber },
            host.FreshToken("unlucky"));

        Assert.Equal("SMS_DELIVERY_FAILED", answer.ErrorCode);
        Assert.DoesNotContain("7400123999", answer.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex IsoInstant();
}
