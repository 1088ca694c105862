using TwoStep.Application.SignIn;
using TwoStep.Infrastructure.Tests.Support;
using static TwoStep.Infrastructure.Tests.SignIn.SignInSteps;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Tests.SignIn;

[Collection(SharedCluster.Name)]
public sealed class UserGrainSignInTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_sign_in_code_goes_to_the_enrolled_number_and_works_once()
    {
        var phone = TestPhones.NextMobile();
        await Enroll(cluster, "signin-once", phone);
        var user = cluster.User("signin-once");
        var caller = cluster.FreshCaller("signin-once");

        var started = (await user.StartSignIn(caller)).Unwrap();
        var code = CodeSentTo(cluster.Context.Sms, phone);
        var first = await user.CompleteSignIn(caller, code, null);
        var second = await user.CompleteSignIn(caller, code, null);

        Assert.Equal($"+44 ••• ••• {phone[^4..]}", started.MaskedPhoneNumber);
        Assert.Equal(cluster.Context.Time.GetUtcNow().AddMinutes(10), started.ExpiresAt);
        Assert.Equal(SecondStepMethod.Sms, first.Unwrap().Method);
        Assert.Equal(cluster.Context.Time.GetUtcNow(), first.Unwrap().PassedAt);
        Assert.Equal(ErrorCode.InvalidCode, Refused(second).Code);
    }

    [Fact]
    public async Task A_user_who_never_enrolled_gets_NOT_ENROLLED_and_no_message()
    {
        var caller = cluster.FreshCaller("signin-never");
        var before = cluster.Context.Sms.Sent.Count;

        var start = await cluster.User("signin-never").StartSignIn(caller);
        var complete = await cluster.User("signin-never").CompleteSignIn(caller, "123456", null);

        Assert.Equal(ErrorCode.NotEnrolled, Refused(start).Code);
        Assert.Equal(ErrorCode.NotEnrolled, Refused(complete).Code);
        Assert.Equal(before, cluster.Context.Sms.Sent.Count);
    }

    [Fact]
    public async Task A_recovery_code_completes_a_sign_in_once()
    {
        var recoveryCodes = await Enroll(cluster, "signin-recovery", TestPhones.NextMobile());
        var user = cluster.User("signin-recovery");
        var caller = cluster.FreshCaller("signin-recovery");

        var first = (await user.CompleteSignIn(caller, null, recoveryCodes[3].ToUpperInvariant())).Unwrap();
        var again = await user.CompleteSignIn(caller, null, recoveryCodes[3]);

        Assert.Equal(SecondStepMethod.RecoveryCode, first.Method);
        Assert.Equal(9, first.RecoveryCodesRemaining);
        Assert.Equal(9, (await user.GetStatus()).RecoveryCodesRemaining);
        Assert.Equal(ErrorCode.InvalidCode, Refused(again).Code);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("123456", "abcde-fghjk")]
    public async Task Completing_needs_exactly_one_of_code_and_recovery_code(string? code, string? recoveryCode)
    {
        var userId = code is null ? "signin-neither" : "signin-both";
        await Enroll(cluster, userId, TestPhones.NextMobile());

        var reply = await cluster.User(userId).CompleteSignIn(cluster.FreshCaller(userId), code, recoveryCode);

        Assert.Equal(ErrorCode.BadUserInput, Refused(reply).Code);
    }

    [Fact]
    public async Task Twenty_concurrent_right_codes_give_exactly_one_success()
    {
        var phone = TestPhones.NextMobile();
        await Enroll(cluster, "signin-race", phone);
        var code = await StartSignIn(cluster, "signin-race", phone);
        var caller = cluster.FreshCaller("signin-race");

        var replies = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => cluster.User("signin-race").CompleteSignIn(caller, code, null))));

        Assert.Single(replies, reply => reply.Refusal is null);
        Assert.All(
            replies.Where(r => r.Refusal is not null),
            r => Assert.Equal(ErrorCode.InvalidCode, r.Refusal!.Code));
    }

    [Fact]
    public async Task Five_wrong_codes_kill_a_sign_in_code()
    {
        var phone = TestPhones.NextMobile();
        await Enroll(cluster, "signin-dead-code", phone);
        var code = await StartSignIn(cluster, "signin-dead-code", phone);
        var user = cluster.User("signin-dead-code");
        var caller = cluster.FreshCaller("signin-dead-code");
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(ErrorCode.InvalidCode, Refused(await user.CompleteSignIn(caller, wrong, null)).Code);
        }

        Assert.Equal(ErrorCode.TooManyAttempts, Refused(await user.CompleteSignIn(caller, wrong, null)).Code);
        Assert.Equal(ErrorCode.TooManyAttempts, Refused(await user.CompleteSignIn(caller, code, null)).Code);
    }
}
