using System.Text.RegularExpressions;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Enrollment;

public sealed class EnrollmentLogSecrecyTests(VerboseLoggingHostFixture host) : IClassFixture<VerboseLoggingHostFixture>
{
    private const string Phone = "+447400123456";

    [Fact]
    public async Task No_code_recovery_code_or_full_phone_number_reaches_the_logs()
    {
        var token = host.FreshToken("secret-keeper");
        await host.Client.PostGraphQLAsync(
            "mutation($p: String!) { startTwoStepEnrollment(input: { phoneNumber: $p }) { phoneNumber } }",
            new { p = "+44 7400 123456" },
            token);
        var code = host.Plivo.LatestCodeTo(Phone);
        var wrong = code == "000000" ? "111111" : "000000";
        await host.Client.PostGraphQLAsync(Confirm, new { code = wrong }, token);
        var confirmed = await host.Client.PostGraphQLAsync(Confirm, new { code }, token);
        await host.Client.PostGraphQLAsync("{ me { twoStep { phoneNumber } } }", token: token);
        await host.Client.PostGraphQLAsync(
            "mutation($p: String!) { startTwoStepEnrollment(input: { phoneNumber: $p }) { phoneNumber } }",
            new { p = PlivoStandIn.RefusedNumber },
            host.FreshToken("secret-keeper-2"));

        var recoveryCodes = confirmed.Data.GetProperty("confirmTwoStepEnrollment").GetProperty("recoveryCodes")
            .EnumerateArray().Select(c => c.GetString()!).ToList();
        var logs = string.Join(Environment.NewLine, host.Logs.Entries);

        Assert.Equal(10, recoveryCodes.Count);
        Assert.Contains("+44 ••• ••• 3456", logs, StringComparison.Ordinal);
        Assert.DoesNotMatch(Standalone(code), logs);
        Assert.DoesNotMatch(Standalone(wrong), logs);
        foreach (var recoveryCode in recoveryCodes)
        {
            Assert.DoesNotContain(recoveryCode, logs, StringComparison.OrdinalIgnoreCase);
            var typed = recoveryCode.Replace("-", "", StringComparison.Ordinal);
            Assert.DoesNotContain(typed, logs, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var number in new[] { "447400123456", "7400123456", "7400 123456", "447400123999", "7400123999" })
        {
            Assert.DoesNotContain(number, logs, StringComparison.Ordinal);
        }
    }

    private const string Confirm =
        "mutation($code: String!) { confirmTwoStepEnrollment(input: { code: $code }) { recoveryCodes } }";

    // A code is six digits on their own: not part of a longer number, a GUID or a hex string.
    private static Regex Standalone(string digits) => new($"(?<![0-9A-Za-z]){digits}(?![0-9A-Za-z])");
}
