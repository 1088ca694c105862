using System.Text.RegularExpressions;
using TwoStep.Application.Common;
using TwoStep.Application.Users;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.SignIn;

/// <summary>The steps a user takes, on the shared test cluster.</summary>
internal static partial class SignInSteps
{
    /// <summary>Longer than the least interval between two sends.</summary>
    public static readonly TimeSpan SendGap = TimeSpan.FromSeconds(31);

    public static IUserGrain User(this ClusterFixture cluster, string userId) =>
        cluster.Grains.GetGrain<IUserGrain>(userId);

    /// <summary>A primary sign-in that just happened, by the test clock.</summary>
    public static Caller FreshCaller(this ClusterFixture cluster, string userId, DateTimeOffset? twoStepAt = null) =>
        new(
            userId,
            $"{userId}@example.com",
            userId,
            IdentityProvider.Password,
            cluster.Context.Time.GetUtcNow(),
            twoStepAt);

    public static async Task<IReadOnlyList<string>> Enroll(ClusterFixture cluster, string userId, string phone)
    {
        var caller = cluster.FreshCaller(userId);
        var user = cluster.User(userId);

        (await user.StartEnrollment(caller, phone)).Unwrap();
        var confirmed = (await user.ConfirmEnrollment(caller, CodeSentTo(cluster.Context.Sms, phone))).Unwrap();

        cluster.Context.Time.Advance(SendGap);
        return confirmed.RecoveryCodes;
    }

    public static async Task<string> StartSignIn(ClusterFixture cluster, string userId, string phone)
    {
        (await cluster.User(userId).StartSignIn(cluster.FreshCaller(userId))).Unwrap();
        return CodeSentTo(cluster.Context.Sms, phone);
    }

    /// <summary>The six-digit code of the last message sent to <paramref name="phone"/>.</summary>
    public static string CodeSentTo(RecordingSmsSender sms, string phone)
    {
        var message = sms.SentTo(phone)[^1];
        var match = CodePattern().Match(message.Text);
        Assert.True(match.Success, "The last message holds no six-digit code.");
        return match.Groups[1].Value;
    }

    public static Refusal Refused<T>(Reply<T> reply) =>
        reply.Refusal ?? throw new Xunit.Sdk.XunitException("Expected a refusal, but the call succeeded.");

    [GeneratedRegex(@"code is (\d{6})\.")]
    private static partial Regex CodePattern();
}
