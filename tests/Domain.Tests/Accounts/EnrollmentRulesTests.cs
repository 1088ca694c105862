using System.Text;
using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;
using TwoStep.Domain.Identity;

namespace TwoStep.Domain.Tests.Accounts;

public class EnrollmentRulesTests
{
    private const string User = "user-1";
    private const string Phone = "+447400123456";
    private const string Code = "424242";

    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly VerificationSettings Settings = new();
    private static readonly CodeHasher Hasher =
        new(Encoding.UTF8.GetBytes("a-test-key-that-is-long-enough-for-hmac"));

    [Fact]
    public void SSO_members_may_not_enroll()
    {
        var signIn = new PrimarySignIn(IdentityProvider.Sso, Now);

        var refusal = Assert.Throws<RefusalException>(
            () => EnrollmentRules.EnsureMayChangeEnrollment(signIn, Now, Settings));

        Assert.Equal(ErrorCode.SsoManaged, refusal.Code);
        Assert.Contains("SSO", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_sign_in_must_reauthenticate()
    {
        var signIn = new PrimarySignIn(IdentityProvider.Google, Now.AddMinutes(-6));

        var refusal = Assert.Throws<RefusalException>(
            () => EnrollmentRules.EnsureMayChangeEnrollment(signIn, Now, Settings));

        Assert.Equal(ErrorCode.ReauthenticationRequired, refusal.Code);
    }

    [Fact]
    public void A_fresh_password_sign_in_may_enroll()
    {
        var signIn = new PrimarySignIn(IdentityProvider.Password, Now.AddMinutes(-4));

        EnrollmentRules.EnsureMayChangeEnrollment(signIn, Now, Settings);
    }

    [Fact]
    public void The_right_code_is_accepted_once()
    {
        var state = Issued();

        var first = Check(state, Code);
        var second = Check(first.State, Code);

        Assert.True(first.Accepted);
        Assert.Null(first.State.Pending);
        Assert.Equal(ErrorCode.InvalidCode, second.Refusal);
    }

    [Fact]
    public void A_wrong_code_is_counted_against_the_code()
    {
        var check = Check(Issued(), "000000");

        Assert.Equal(ErrorCode.InvalidCode, check.Refusal);
        Assert.Equal(1, check.State.Pending!.FailedAttempts);
    }

    [Fact]
    public void The_fifth_wrong_code_kills_the_code_even_for_the_right_one_after()
    {
        var state = Issued();
        for (var i = 0; i < 4; i++)
        {
            var wrong = Check(state, "000000");
            Assert.Equal(ErrorCode.InvalidCode, wrong.Refusal);
            state = wrong.State;
        }

        var fifth = Check(state, "000000");
        var right = Check(fifth.State, Code);

        Assert.Equal(ErrorCode.TooManyAttempts, fifth.Refusal);
        Assert.Equal(ErrorCode.TooManyAttempts, right.Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("42424")]
    [InlineData("4242420")]
    [InlineData("abcdef")]
    public void Malformed_input_counts_as_a_wrong_code(string input)
    {
        var check = Check(Issued(), input);

        Assert.Equal(ErrorCode.InvalidCode, check.Refusal);
        Assert.Equal(1, check.State.Pending!.FailedAttempts);
    }

    [Fact]
    public void A_code_expires_after_its_lifetime()
    {
        var state = Issued();

        var justInTime = EnrollmentRules.CheckCode(
            state, User, CodePurpose.Enrollment, Code, Hasher, Now.AddMinutes(10).AddTicks(-1), Settings);
        var late = EnrollmentRules.CheckCode(
            state, User, CodePurpose.Enrollment, Code, Hasher, Now.AddMinutes(10), Settings);

        Assert.True(justInTime.Accepted);
        Assert.Equal(ErrorCode.CodeExpired, late.Refusal);
    }

    [Fact]
    public void A_new_code_voids_the_old_one()
    {
        var first = Issued();
        var second = EnrollmentRules.IssueCode(
            first, CodePurpose.Enrollment, Phone, Hasher.Hash(User, CodePurpose.Enrollment, "111111"), Now, Settings);

        Assert.Equal(ErrorCode.InvalidCode, Check(second, Code).Refusal);
        Assert.True(Check(second, "111111").Accepted);
    }

    [Fact]
    public void A_new_code_starts_with_a_clean_attempt_count()
    {
        var state = Check(Issued(), "000000").State;

        var reissued = EnrollmentRules.IssueCode(
            state, CodePurpose.Enrollment, Phone, Hasher.Hash(User, CodePurpose.Enrollment, Code), Now, Settings);

        Assert.Equal(0, reissued.Pending!.FailedAttempts);
    }

    [Fact]
    public void A_code_for_another_purpose_is_not_accepted()
    {
        var check = EnrollmentRules.CheckCode(
            Issued(), User, CodePurpose.SignIn, Code, Hasher, Now, Settings);

        Assert.Equal(ErrorCode.InvalidCode, check.Refusal);
    }

    [Fact]
    public void Without_a_code_in_flight_nothing_is_accepted()
    {
        var check = Check(AccountState.Empty, Code);

        Assert.Equal(ErrorCode.InvalidCode, check.Refusal);
    }

    [Fact]
    public void Enroll_binds_the_number_and_replaces_recovery_codes()
    {
        var hashes = new[] { "h1", "h2" };

        var state = EnrollmentRules.Enroll(Issued(), Phone, Now, hashes);

        Assert.True(state.IsEnrolled);
        Assert.Equal(new Enrollment(Phone, Now), state.Enrollment);
        Assert.Null(state.Pending);
        Assert.Equal(hashes, state.RecoveryCodeHashes);
    }

    [Fact]
    public void Voiding_drops_the_code_in_flight()
    {
        var state = EnrollmentRules.VoidCode(Issued());

        Assert.Null(state.Pending);
    }

    private static AccountState Issued() =>
        EnrollmentRules.IssueCode(
            AccountState.Empty,
            CodePurpose.Enrollment,
            Phone,
            Hasher.Hash(User, CodePurpose.Enrollment, Code),
            Now,
            Settings);

    private static CodeCheck Check(AccountState state, string input) =>
        EnrollmentRules.CheckCode(state, User, CodePurpose.Enrollment, input, Hasher, Now, Settings);
}
