using System.Text.Json;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.SignIn;

/// <summary>What a frontend sends for enrollment and the sign-in challenge, through the real host.</summary>
internal static class SignInFlow
{
    private static int _nextPhone = 500_000;

    public const string StartEnrollment = """
        mutation($phone: String!) { startTwoStepEnrollment(input: { phoneNumber: $phone }) { phoneNumber } }
        """;

    public const string ConfirmEnrollment = """
        mutation($code: String!) { confirmTwoStepEnrollment(input: { code: $code }) { recoveryCodes } }
        """;

    public const string StartSignIn = "mutation { startTwoStepSignIn { phoneNumber expiresAt } }";

    public const string CompleteSignIn = """
        mutation($code: String, $recoveryCode: String) {
          completeTwoStepSignIn(input: { code: $code, recoveryCode: $recoveryCode }) {
            twoStepToken expiresAt recoveryCodesRemaining
          }
        }
        """;

    /// <summary>A ten-digit GB mobile number no other test uses.</summary>
    public static string NewPhone() => $"+447400{Interlocked.Increment(ref _nextPhone):D6}";

    /// <summary>Enrolls <paramref name="user"/> and waits out the send interval; returns the recovery codes.</summary>
    public static async Task<IReadOnlyList<string>> EnrollAsync(this HostFixture host, string user, string phone)
    {
        var token = host.FreshToken(user);
        var started = await host.Client.PostGraphQLAsync(StartEnrollment, new { phone }, token);
        Assert.Empty(started.Errors);
        var code = host.Plivo.LatestCodeTo(phone);

        var confirmed = await host.Client.PostGraphQLAsync(ConfirmEnrollment, new { code }, token);

        Assert.Empty(confirmed.Errors);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        return confirmed.Data.GetProperty("confirmTwoStepEnrollment").GetProperty("recoveryCodes")
            .EnumerateArray().Select(c => c.GetString()!).ToList();
    }

    /// <summary>Starts a sign-in challenge and returns the code the SMS carried.</summary>
    public static async Task<string> StartSignInAsync(this HostFixture host, string token, string phone)
    {
        var started = await host.Client.PostGraphQLAsync(StartSignIn, token: token);
        Assert.Empty(started.Errors);
        return host.Plivo.LatestCodeTo(phone);
    }

    public static Task<GraphQLAnswer> CompleteAsync(
        this HostFixture host,
        string token,
        string? code = null,
        string? recoveryCode = null) =>
        host.Client.PostGraphQLAsync(CompleteSignIn, new { code, recoveryCode }, token);

    /// <summary>Enrolls, signs in with the SMS code and returns the two-step token.</summary>
    public static async Task<string> TwoStepTokenAsync(this HostFixture host, string user, string phone)
    {
        await host.EnrollAsync(user, phone);
        var token = host.FreshToken(user);
        var code = await host.StartSignInAsync(token, phone);
        var completed = await host.CompleteAsync(token, code);
        Assert.Empty(completed.Errors);
        return TokenOf(completed);
    }

    public static string TokenOf(GraphQLAnswer answer) =>
        answer.Data.GetProperty("completeTwoStepSignIn").GetProperty("twoStepToken").GetString()!;

    public static int RetryAfter(GraphQLAnswer answer) =>
        answer.Errors[0].GetProperty("extensions").GetProperty("retryAfter").GetInt32();

    public static string WrongCode(string code) => code == "000000" ? "000001" : "000000";

    public static JsonElement Payload(GraphQLAnswer answer, string field) => answer.Data.GetProperty(field);
}
