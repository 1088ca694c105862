using System.Net;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.SignIn.SignInFlow;

namespace TwoStep.Host.Tests.SignIn;

/// <summary>SPEC "Abuse limits" against someone who tries to get in without the phone, through the real host.</summary>
public sealed class AbuseLimitsOverGraphQLTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Aliases_cannot_turn_one_request_into_many_guesses()
    {
        var phone = NewPhone();
        await host.EnrollAsync("aliaser", phone);
        var token = host.FreshToken("aliaser");
        var code = await host.StartSignInAsync(token, phone);
        var guesses = string.Join(" ", Enumerable.Range(0, 6).Select(i =>
            $"g{i}: completeTwoStepSignIn(input: {{ code: \"{i:D6}\" }}) {{ twoStepToken }}"));

        var aliased = await host.Client.PostGraphQLAsync($"mutation {{ {guesses} }}", token: token);
        var right = await host.CompleteAsync(token, code);

        Assert.Equal("TOO_MANY_VERIFICATIONS", aliased.ErrorCode);
        Assert.False(aliased.HasData && aliased.Data.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Empty(right.Errors);
    }

    [Theory]
    [InlineData("""
        mutation { ...A ...B }
        fragment A on Mutation { a: completeTwoStepSignIn(input: { code: "111111" }) { twoStepToken } }
        fragment B on Mutation { b: completeTwoStepSignIn(input: { code: "222222" }) { twoStepToken } }
        """)]
    [InlineData("""
        mutation One { completeTwoStepSignIn(input: { code: "111111" }) { twoStepToken } }
        mutation Two { completeTwoStepSignIn(input: { code: "222222" }) { twoStepToken } }
        """, "One")]
    [InlineData("""
        mutation {
          confirmTwoStepEnrollment(input: { code: "111111" }) { recoveryCodes }
          completeTwoStepSignIn(input: { code: "222222" }) { twoStepToken }
        }
        """)]
    [InlineData("""
        mutation { ... on Mutation { a: completeTwoStepSignIn(input: { code: "111111" }) { twoStepToken } }
                   b: completeTwoStepSignIn(input: { code: "222222" }) { twoStepToken } }
        """)]
    public async Task Fragments_operations_and_mixed_verifications_count_together(
        string document,
        string? operationName = null)
    {
        var answer = await host.Client.PostRawAsync(
            System.Text.Json.JsonSerializer.Serialize(new { query = document, operationName }),
            "application/json",
            host.FreshToken("fragmenter"));

        Assert.Contains(answer.Errors, e => e.GetProperty("extensions").GetProperty("code").GetString()
            is "TOO_MANY_VERIFICATIONS");
    }

    [Fact]
    public async Task A_batch_of_requests_is_refused_and_no_guess_in_it_counts()
    {
        var phone = NewPhone();
        await host.EnrollAsync("batcher", phone);
        var token = host.FreshToken("batcher");
        var code = await host.StartSignInAsync(token, phone);
        var one = System.Text.Json.JsonSerializer.Serialize(new
        {
            query = """mutation { completeTwoStepSignIn(input: { code: "000000" }) { twoStepToken } }""",
        });
        var batch = $"[{string.Join(",", Enumerable.Repeat(one, 10))}]";

        var answer = await host.Client.PostRawAsync(batch, "application/json", token);
        var right = await host.CompleteAsync(token, code);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Empty(right.Errors);
    }

    [Fact]
    public async Task Twenty_concurrent_right_codes_give_exactly_one_token()
    {
        var phone = NewPhone();
        await host.EnrollAsync("racer", phone);
        var token = host.FreshToken("racer");
        var code = await host.StartSignInAsync(token, phone);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.CompleteAsync(token, code)));

        Assert.Single(answers, a => a.Errors.Count == 0);
        Assert.All(answers.Where(a => a.Errors.Count > 0), a => Assert.Equal("INVALID_CODE", a.ErrorCode));
    }

    [Fact]
    public async Task Five_wrong_codes_kill_the_code()
    {
        var phone = NewPhone();
        await host.EnrollAsync("guesser", phone);
        var token = host.FreshToken("guesser");
        var code = await host.StartSignInAsync(token, phone);

        var wrong = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add((await host.CompleteAsync(token, WrongCode(code))).ErrorCode);
        }

        var right = await host.CompleteAsync(token, code);

        Assert.Equal(["INVALID_CODE", "INVALID_CODE", "INVALID_CODE", "INVALID_CODE", "TOO_MANY_ATTEMPTS"], wrong);
        Assert.Equal("TOO_MANY_ATTEMPTS", right.ErrorCode);
    }

    [Fact]
    public async Task Twenty_failures_lock_verification_and_say_when_to_come_back()
    {
        var phone = NewPhone();
        await host.EnrollAsync("locked-out", phone);
        var token = host.FreshToken("locked-out");
        var code = await host.StartSignInAsync(token, phone);

        for (var i = 0; i < 19; i++)
        {
            Assert.Equal("INVALID_CODE", (await host.CompleteAsync(token, recoveryCode: "zzzzz-zzzzz")).ErrorCode);
        }

        var twentieth = await host.CompleteAsync(token, recoveryCode: "zzzzz-zzzzz");
        var right = await host.CompleteAsync(token, code);

        Assert.Equal("TOO_MANY_ATTEMPTS", twentieth.ErrorCode);
        Assert.Equal(15 * 60, RetryAfter(twentieth));
        Assert.Equal("TOO_MANY_ATTEMPTS", right.ErrorCode);
        Assert.InRange(RetryAfter(right), 1, 15 * 60);
    }

    [Fact]
    public async Task A_second_code_within_30_seconds_is_RATE_LIMITED_with_retryAfter()
    {
        var phone = NewPhone();
        await host.EnrollAsync("impatient", phone);
        var token = host.FreshToken("impatient");
        await host.StartSignInAsync(token, phone);
        host.Clock.Advance(TimeSpan.FromSeconds(10));

        var again = await host.Client.PostGraphQLAsync(StartSignIn, token: token);

        Assert.Equal("RATE_LIMITED", again.ErrorCode);
        Assert.Equal(20, RetryAfter(again));
        Assert.Equal(2, host.Plivo.TextsTo(phone).Count);
    }

    [Fact]
    public async Task A_number_gets_at_most_five_codes_an_hour_whoever_asks()
    {
        var phone = NewPhone();
        for (var i = 0; i < 5; i++)
        {
            var started = await host.Client.PostGraphQLAsync(
                StartEnrollment, new { phone }, host.FreshToken($"crowd-{i}"));
            Assert.Empty(started.Errors);
            host.Clock.Advance(TimeSpan.FromSeconds(31));
        }

        var sixth = await host.Client.PostGraphQLAsync(StartEnrollment, new { phone }, host.FreshToken("crowd-5"));

        Assert.Equal("RATE_LIMITED", sixth.ErrorCode);
        Assert.InRange(RetryAfter(sixth), 1, 3600);
        Assert.Equal(5, host.Plivo.TextsTo(phone).Count);
    }
}
