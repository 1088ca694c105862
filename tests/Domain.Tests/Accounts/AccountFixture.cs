using System.Text;
using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;

namespace TwoStep.Domain.Tests.Accounts;

/// <summary>Accounts in the states the rules start from.</summary>
internal static class AccountFixture
{
    public const string User = "user-1";
    public const string Phone = "+447400123456";
    public const string Code = "424242";
    public const string Wrong = "000000";

    public static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    public static readonly VerificationSettings Settings = new();
    public static readonly CodeHasher Hasher =
        new(Encoding.UTF8.GetBytes("a-test-key-that-is-long-enough-for-hmac"));

    public static IReadOnlyList<string> RecoveryCodes { get; } = ["k7wq3-mz9xe", "abcde-fghjk", "23456-789ab"];

    public static AccountState Enrolled() =>
        EnrollmentRules.Enroll(AccountState.Empty, Phone, Now.AddDays(-1), RecoveryHashes(RecoveryCodes));

    public static AccountState WithSignInCode(AccountState state) =>
        SignInRules.IssueCode(state, Hasher.Hash(User, CodePurpose.SignIn, Code), Now, Settings);

    public static IReadOnlyList<string> RecoveryHashes(IEnumerable<string> codes) =>
        codes.Select(c => Hasher.Hash(User, CodePurpose.Recovery, RecoveryCode.Normalize(c))).ToArray();
}
