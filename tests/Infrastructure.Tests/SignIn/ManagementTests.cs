using TwoStep.Infrastructure.Tests.Support;
using static TwoStep.Infrastructure.Tests.SignIn.SignInSteps;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Tests.SignIn;

[Collection(SharedCluster.Name)]
public sealed class ManagementTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Disabling_without_a_passed_second_step_is_refused()
    {
        await Enroll(cluster, "disable-no-proof", TestPhones.NextMobile());

        var reply = await cluster.User("disable-no-proof").Disable(cluster.FreshCaller("disable-no-proof"));

        Assert.Equal(ErrorCode.ReauthenticationRequired, Refused(reply).Code);
        Assert.True((await cluster.User("disable-no-proof").GetStatus()).Enabled);
    }

    [Fact]
    public async Task Disabling_with_a_stale_primary_sign_in_is_refused()
    {
        await Enroll(cluster, "disable-stale", TestPhones.NextMobile());
        var caller = Proven("disable-stale");
        cluster.Context.Time.Advance(TimeSpan.FromMinutes(6));

        var reply = await cluster.User("disable-stale").Disable(caller);

        Assert.Equal(ErrorCode.ReauthenticationRequired, Refused(reply).Code);
    }

    [Fact]
    public async Task Disabling_voids_the_number_every_code_and_every_recovery_code()
    {
        var phone = TestPhones.NextMobile();
        var recoveryCodes = await Enroll(cluster, "disable-user", phone);
        var code = await StartSignIn(cluster, "disable-user", phone);
        var user = cluster.User("disable-user");

        var status = (await user.Disable(Proven("disable-user"))).Unwrap();
        var withCode = await user.CompleteSignIn(cluster.FreshCaller("disable-user"), code, null);
        var withRecovery = await user.CompleteSignIn(cluster.FreshCaller("disable-user"), null, recoveryCodes[0]);

        Assert.False(status.Enabled);
        Assert.Null(status.PhoneNumber);
        Assert.Equal(0, status.RecoveryCodesRemaining);
        Assert.Equal(ErrorCode.NotEnrolled, Refused(withCode).Code);
        Assert.Equal(ErrorCode.NotEnrolled, Refused(withRecovery).Code);
        Assert.Equal(ErrorCode.NotEnrolled, Refused(await user.Disable(Proven("disable-user"))).Code);
    }

    [Fact]
    public async Task A_disabled_account_can_enroll_again_from_scratch()
    {
        var phone = TestPhones.NextMobile();
        await Enroll(cluster, "re-enroll", phone);
        (await cluster.User("re-enroll").Disable(Proven("re-enroll"))).Unwrap();

        var again = await Enroll(cluster, "re-enroll", phone);

        Assert.Equal(10, again.Count);
        Assert.True((await cluster.User("re-enroll").GetStatus()).Enabled);
    }

    [Fact]
    public async Task New_recovery_codes_void_the_old_set_at_once()
    {
        var old = await Enroll(cluster, "regenerate-user", TestPhones.NextMobile());
        var user = cluster.User("regenerate-user");

        var issued = (await user.RegenerateRecoveryCodes(Proven("regenerate-user"))).Unwrap();
        var withOld = await user.CompleteSignIn(cluster.FreshCaller("regenerate-user"), null, old[0]);
        var withNew = await user.CompleteSignIn(cluster.FreshCaller("regenerate-user"), null, issued.RecoveryCodes[0]);

        Assert.Equal(10, issued.RecoveryCodes.Count);
        Assert.Empty(issued.RecoveryCodes.Intersect(old));
        Assert.Equal(ErrorCode.InvalidCode, Refused(withOld).Code);
        Assert.Null(withNew.Refusal);
    }

    [Fact]
    public async Task Regenerating_without_a_passed_second_step_is_refused()
    {
        await Enroll(cluster, "regenerate-no-proof", TestPhones.NextMobile());

        var reply = await cluster.User("regenerate-no-proof")
            .RegenerateRecoveryCodes(cluster.FreshCaller("regenerate-no-proof"));

        Assert.Equal(ErrorCode.ReauthenticationRequired, Refused(reply).Code);
    }

    [Fact]
    public async Task A_change_of_number_keeps_the_old_number_until_the_new_one_is_confirmed()
    {
        var oldPhone = TestPhones.NextMobile();
        var newPhone = TestPhones.NextMobile();
        await Enroll(cluster, "change-user", oldPhone);
        var user = cluster.User("change-user");
        var caller = Proven("change-user");

        (await user.StartEnrollment(caller, newPhone)).Unwrap();
        var during = await user.GetStatus();
        var wrong = await user.ConfirmEnrollment(caller, "000000");
        var afterWrong = await user.GetStatus();
        var confirmed = (await user.ConfirmEnrollment(caller, CodeSentTo(cluster.Context.Sms, newPhone))).Unwrap();

        Assert.Equal(oldPhone, during.PhoneNumber);
        Assert.NotNull(wrong.Refusal);
        Assert.Equal(oldPhone, afterWrong.PhoneNumber);
        Assert.Equal(newPhone, confirmed.TwoStep.PhoneNumber);
        Assert.Equal(newPhone, (await user.GetStatus()).PhoneNumber);
    }

    [Fact]
    public async Task A_change_of_number_without_a_passed_second_step_sends_nothing()
    {
        await Enroll(cluster, "change-no-proof", TestPhones.NextMobile());
        var newPhone = TestPhones.NextMobile();
        var caller = cluster.FreshCaller("change-no-proof");

        var reply = await cluster.User("change-no-proof").StartEnrollment(caller, newPhone);

        Assert.Equal(ErrorCode.ReauthenticationRequired, Refused(reply).Code);
        Assert.Empty(cluster.Context.Sms.SentTo(newPhone));
    }

    // A fresh primary sign-in of a session that has just passed two-step.
    private TwoStep.Application.Common.Caller Proven(string userId) =>
        cluster.FreshCaller(userId, twoStepAt: cluster.Context.Time.GetUtcNow());
}
