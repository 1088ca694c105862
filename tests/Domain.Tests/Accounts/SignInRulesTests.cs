using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;
using static TwoStep.Domain.Tests.Accounts.AccountFixture;

namespace TwoStep.Domain.Tests.Accounts;

public class SignInRulesTests
{
    [Fact]
    public void A_challenge_needs_an_enrollment()
    {
        var refusal = Assert.Throws<RefusalException>(
            () => SignInRules.IssueCode(AccountState.Empty, "hash", Now, Settings));

        Assert.Equal(ErrorCode.NotEnrolled, refusal.Code);
    }

    [Fact]
    public void A_sign_in_code_goes_to_the_enrolled_number()
    {
        var state = WithSignInCode(Enrolled());

        Assert.Equal(CodePurpose.SignIn, state.Pending!.Purpose);
        Assert.Equal(Phone, state.Pending.PhoneNumber);
        Assert.Equal(Now.AddMinutes(10), state.Pending.ExpiresAt);
    }

    [Fact]
    public void The_right_sign_in_code_works_once()
    {
        var first = Check(WithSignInCode(Enrolled()), Code);
        var second = Check(first.State, Code);

        Assert.True(first.Accepted);
        Assert.Equal(ErrorCode.InvalidCode, second.Refusal);
    }

    [Fact]
    public void An_enrollment_code_does_not_complete_a_sign_in()
    {
        var state = EnrollmentRules.IssueCode(
            Enrolled(), CodePurpose.Enrollment, Phone, Hasher.Hash(User, CodePurpose.Enrollment, Code), Now, Settings);

        Assert.Equal(ErrorCode.InvalidCode, Check(state, Code).Refusal);
    }

    [Fact]
    public void Completing_without_an_enrollment_is_NOT_ENROLLED()
    {
        Assert.Equal(ErrorCode.NotEnrolled, Check(AccountState.Empty, Code).Refusal);
        Assert.Equal(ErrorCode.NotEnrolled, Redeem(AccountState.Empty, RecoveryCodes[0]).Refusal);
    }

    [Fact]
    public void A_recovery_code_works_once_and_its_hash_is_gone()
    {
        var state = Enrolled();

        var first = Redeem(state, RecoveryCodes[1]);
        var second = Redeem(first.State, RecoveryCodes[1]);

        Assert.True(first.Accepted);
        Assert.Equal(2, first.State.RecoveryCodeHashes.Count);
        Assert.DoesNotContain(RecoveryHashes([RecoveryCodes[1]])[0], first.State.RecoveryCodeHashes);
        Assert.Equal(ErrorCode.InvalidCode, second.Refusal);
        Assert.True(second.WrongGuess);
    }

    [Theory]
    [InlineData("K7WQ3-MZ9XE")]
    [InlineData(" k7wq3 mz9xe ")]
    [InlineData("k7wq3mz9xe")]
    public void A_recovery_code_may_be_typed_in_any_case_and_with_any_separator(string typed)
    {
        Assert.True(Redeem(Enrolled(), typed).Accepted);
    }

    [Fact]
    public void A_recovery_code_voids_the_sign_in_code_in_flight()
    {
        var redeemed = Redeem(WithSignInCode(Enrolled()), RecoveryCodes[0]);

        Assert.Null(redeemed.State.Pending);
        Assert.Equal(ErrorCode.InvalidCode, Check(redeemed.State, Code).Refusal);
    }

    [Fact]
    public void A_recovery_code_keeps_a_change_of_number_in_flight()
    {
        var changing = EnrollmentRules.IssueCode(
            Enrolled(), CodePurpose.Enrollment, "+447400999999", "hash", Now, Settings);

        var redeemed = Redeem(changing, RecoveryCodes[0]);

        Assert.Equal(CodePurpose.Enrollment, redeemed.State.Pending!.Purpose);
    }

    [Fact]
    public void A_wrong_recovery_code_counts_towards_the_lock()
    {
        var state = VerificationRulesTests.FailAcrossCodes(Enrolled(), 19);

        var check = Redeem(state, "zzzzz-zzzzz");

        Assert.Equal(ErrorCode.TooManyAttempts, check.Refusal);
        Assert.Equal(TimeSpan.FromMinutes(15), check.RetryAfter);
        Assert.Equal(RecoveryCodes.Count, check.State.RecoveryCodeHashes.Count);
    }

    [Fact]
    public void A_locked_account_refuses_a_right_recovery_code_and_keeps_it()
    {
        var locked = VerificationRulesTests.FailAcrossCodes(Enrolled(), 20);

        var check = Redeem(locked, RecoveryCodes[0]);

        Assert.Equal(ErrorCode.TooManyAttempts, check.Refusal);
        Assert.Equal(RecoveryCodes.Count, check.State.RecoveryCodeHashes.Count);
    }

    [Fact]
    public void A_recovery_code_of_another_user_does_not_work()
    {
        var check = SignInRules.RedeemRecoveryCode(Enrolled(), "user-2", RecoveryCodes[0], Hasher, Now, Settings);

        Assert.Equal(ErrorCode.InvalidCode, check.Refusal);
    }

    private static CodeCheck Check(AccountState state, string input) =>
        SignInRules.CheckCode(state, User, input, Hasher, Now, Settings);

    private static CodeCheck Redeem(AccountState state, string input) =>
        SignInRules.RedeemRecoveryCode(state, User, input, Hasher, Now, Settings);
}
