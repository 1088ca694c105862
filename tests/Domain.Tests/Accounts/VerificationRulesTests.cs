using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;
using static TwoStep.Domain.Tests.Accounts.AccountFixture;

namespace TwoStep.Domain.Tests.Accounts;

public class VerificationRulesTests
{
    [Fact]
    public void Twenty_wrong_codes_across_codes_lock_verification_for_15_minutes()
    {
        var state = FailAcrossCodes(Enrolled(), 19);

        var twentieth = Verify(WithSignInCode(state), Wrong);

        Assert.Equal(ErrorCode.TooManyAttempts, twentieth.Refusal);
        Assert.Equal(TimeSpan.FromMinutes(15), twentieth.RetryAfter);
        Assert.Equal(TimeSpan.FromMinutes(15), twentieth.ToException().RetryAfter);
    }

    [Fact]
    public void A_locked_account_refuses_even_the_right_code_without_counting_it()
    {
        var locked = FailAcrossCodes(Enrolled(), 20);
        var fresh = WithSignInCode(locked);

        var check = VerificationRules.VerifyCode(
            fresh, User, CodePurpose.SignIn, Code, Hasher, Now.AddMinutes(5), Settings);

        Assert.Equal(ErrorCode.TooManyAttempts, check.Refusal);
        Assert.Equal(TimeSpan.FromMinutes(10), check.RetryAfter);
        Assert.Same(fresh, check.State);
    }

    [Fact]
    public void After_the_lock_the_right_code_works_again()
    {
        var later = Now.AddMinutes(15);
        var locked = SignInRules.IssueCode(
            FailAcrossCodes(Enrolled(), 20), Hasher.Hash(User, CodePurpose.SignIn, Code), later, Settings);

        var check = VerificationRules.VerifyCode(locked, User, CodePurpose.SignIn, Code, Hasher, later, Settings);

        Assert.True(check.Accepted);
    }

    [Fact]
    public void A_success_resets_the_count_of_failures()
    {
        var state = WithSignInCode(FailAcrossCodes(Enrolled(), 19));

        var success = Verify(state, Code);
        var afterwards = FailAcrossCodes(success.State, 19);

        Assert.True(success.Accepted);
        Assert.Null(afterwards.Failures.RetryAfter(Now));
    }

    [Fact]
    public void Tries_with_no_code_waiting_do_not_count()
    {
        var check = Verify(Enrolled(), Wrong);

        Assert.Equal(ErrorCode.InvalidCode, check.Refusal);
        Assert.Equal(0, check.State.Failures.Failures);
    }

    [Fact]
    public void Enrollment_codes_count_towards_the_same_lock()
    {
        var state = FailAcrossCodes(Enrolled(), 19);
        state = EnrollmentRules.IssueCode(
            state, CodePurpose.Enrollment, Phone, Hasher.Hash(User, CodePurpose.Enrollment, Code), Now, Settings);

        var check = VerificationRules.VerifyCode(
            state, User, CodePurpose.Enrollment, Wrong, Hasher, Now, Settings);

        Assert.Equal(ErrorCode.TooManyAttempts, check.Refusal);
        Assert.NotNull(check.RetryAfter);
    }

    [Fact]
    public void Starting_is_refused_while_locked()
    {
        var locked = FailAcrossCodes(Enrolled(), 20);

        var refusal = Assert.Throws<RefusalException>(() => VerificationRules.EnsureNotLocked(locked, Now));

        Assert.Equal(ErrorCode.TooManyAttempts, refusal.Code);
        Assert.Equal(TimeSpan.FromMinutes(15), refusal.RetryAfter);
    }

    // Wrong codes spread over fresh codes, so no single code dies of them first.
    internal static AccountState FailAcrossCodes(AccountState state, int failures)
    {
        for (var i = 0; i < failures; i++)
        {
            if (i % 4 == 0)
            {
                state = WithSignInCode(state);
            }

            state = Verify(state, Wrong).State;
        }

        return state;
    }

    private static CodeCheck Verify(AccountState state, string input) =>
        VerificationRules.VerifyCode(state, User, CodePurpose.SignIn, input, Hasher, Now, Settings);
}
