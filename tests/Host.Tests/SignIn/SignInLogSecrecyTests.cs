using System.Text.RegularExpressions;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.SignIn.SignInFlow;

namespace TwoStep.Host.Tests.SignIn;

public sealed class SignInLogSecrecyTests(VerboseLoggingHostFixture host) : IClassFixture<VerboseLoggingHostFixture>
{
    [Fact]
    public async Task The_whole_sign_in_flow_logs_no_code_recovery_code_token_or_full_number()
    {
        var phone = NewPhone();
        var secrets = new List<string>();
        secrets.AddRange(await host.EnrollAsync("quiet", phone));
        var token = host.FreshToken("quiet");

        var code = await host.StartSignInAsync(token, phone);
        await host.CompleteAsync(token, WrongCode(code));
        await host.CompleteAsync(token, recoveryCode: "zzzzz-zzzzz");
        var twoStepToken = TokenOf(await host.CompleteAsync(token, code));
        await host.CompleteAsync(token, recoveryCode: secrets[0]);
        var regenerated = await host.Client.PostGraphQLAsync(
            "mutation { regenerateRecoveryCodes { recoveryCodes } }",
            token: twoStepToken);
        await host.Client.PostGraphQLAsync("mutation { disableTwoStep { twoStep { enabled } } }", token: twoStepToken);

        secrets.AddRange(regenerated.Data.GetProperty("regenerateRecoveryCodes").GetProperty("recoveryCodes")
            .EnumerateArray().Select(c => c.GetString()!));
        var logs = string.Join(Environment.NewLine, host.Logs.Entries);

        Assert.Contains($"+44 ••• ••• {phone[^4..]}", logs, StringComparison.Ordinal);
        Assert.Contains("quiet", logs, StringComparison.Ordinal);
        Assert.DoesNotMatch(Standalone(code), logs);
        Assert.DoesNotContain(twoStepToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(twoStepToken.Split('.')[2], logs, StringComparison.Ordinal);
        foreach (var recoveryCode in secrets)
        {
            Assert.DoesNotContain(recoveryCode, logs, StringComparison.OrdinalIgnoreCase);
            var typed = recoveryCode.Replace("-", "", StringComparison.Ordinal);
            Assert.DoesNotContain(typed, logs, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(phone[1..], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(phone[3..], logs, StringComparison.Ordinal);
    }

    // A code is six digits on their own: not part of a longer number, a GUID or a hex string.
    private static Regex Standalone(string digits) => new($"(?<![0-9A-Za-z]){digits}(?![0-9A-Za-z])");
}
