using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;
using static TwoStep.Domain.Tests.Accounts.AccountFixture;

namespace TwoStep.Domain.Tests.Accounts;

public class ManagementRulesTests
{
    [Fact]
    public void Disabling_leaves_no_number_no_code_and_no_recovery_code()
    {
        var state = WithSignInCode(Enrolled());

        var disabled = ManagementRules.Disable(state);

        Assert.False(disabled.IsEnrolled);
        Assert.Null(disabled.Pending);
        Assert.Empty(disabled.RecoveryCodeHashes);
        Assert.Equal(ErrorCode.NotEnrolled, SignInRules.RedeemRecoveryCode(
            disabled, User, RecoveryCodes[0], Hasher, Now, Settings).Refusal);
    }

    [Fact]
    public void Disabling_keeps_the_limits_so_turning_off_and_on_resets_nothing()
    {
        var failed = VerificationRulesTests.FailAcrossCodes(Enrolled(), 20);
        var sent = failed with { Sends = failed.Sends.TryRecord(Now, Settings.Sends).History };

        var disabled = ManagementRules.Disable(sent);

        Assert.Equal(sent.Failures, disabled.Failures);
        Assert.Equal(sent.Sends, disabled.Sends);
    }

    [Fact]
    public void Disabling_an_account_that_is_not_enrolled_is_NOT_ENROLLED()
    {
        var refusal = Assert.Throws<RefusalException>(() => ManagementRules.Disable(AccountState.Empty));

        Assert.Equal(ErrorCode.NotEnrolled, refusal.Code);
    }

    [Fact]
    public void New_recovery_codes_void_the_old_set_at_once()
    {
        var replaced = ManagementRules.ReplaceRecoveryCodes(Enrolled(), RecoveryHashes(["zzzzz-yyyyy"]));

        Assert.Equal(ErrorCode.InvalidCode, SignInRules.RedeemRecoveryCode(
            replaced, User, RecoveryCodes[0], Hasher, Now, Settings).Refusal);
        Assert.True(SignInRules.RedeemRecoveryCode(replaced, User, "zzzzz-yyyyy", Hasher, Now, Settings).Accepted);
    }

    [Fact]
    public void An_enrolled_account_changes_its_factor_only_after_passing_it()
    {
        var refusal = Assert.Throws<RefusalException>(
            () => ManagementRules.EnsureSecondStepPassed(Enrolled(), passedSecondStep: false));

        Assert.Equal(ErrorCode.ReauthenticationRequired, refusal.Code);
        ManagementRules.EnsureSecondStepPassed(Enrolled(), passedSecondStep: true);
        ManagementRules.EnsureSecondStepPassed(AccountState.Empty, passedSecondStep: false);
    }

    [Fact]
    public void A_change_of_number_keeps_the_old_number_until_the_new_one_is_confirmed()
    {
        const string newPhone = "+447400999999";
        var hash = Hasher.Hash(User, CodePurpose.Enrollment, Code);
        var changing = EnrollmentRules.IssueCode(Enrolled(), CodePurpose.Enrollment, newPhone, hash, Now, Settings);

        var wrong = VerificationRules.VerifyCode(changing, User, CodePurpose.Enrollment, Wrong, Hasher, Now, Settings);
        var right = VerificationRules.VerifyCode(changing, User, CodePurpose.Enrollment, Code, Hasher, Now, Settings);
        var changed = EnrollmentRules.Enroll(right.State, newPhone, Now, RecoveryHashes(["zzzzz-yyyyy"]));

        Assert.Equal(Phone, changing.Enrollment!.PhoneNumber);
        Assert.Equal(Phone, wrong.State.Enrollment!.PhoneNumber);
        Assert.Equal(newPhone, changed.Enrollment!.PhoneNumber);
    }
}
