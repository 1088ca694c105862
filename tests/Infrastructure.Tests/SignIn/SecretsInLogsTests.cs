using TwoStep.Infrastructure.Tests.Support;
using static TwoStep.Infrastructure.Tests.SignIn.SignInSteps;

namespace TwoStep.Infrastructure.Tests.SignIn;

[Collection(SharedCluster.Name)]
public sealed class SecretsInLogsTests(ClusterFixture cluster)
{
    [Fact]
    public async Task The_whole_flow_logs_no_code_no_recovery_code_and_no_full_number()
    {
        var phone = TestPhones.NextMobile();
        var newPhone = TestPhones.NextMobile();
        var user = cluster.User("logs-user");
        var secrets = new List<string>();

        secrets.AddRange(await Enroll(cluster, "logs-user", phone));
        var code = await StartSignIn(cluster, "logs-user", phone);
        await user.CompleteSignIn(cluster.FreshCaller("logs-user"), "999999", null);
        (await user.CompleteSignIn(cluster.FreshCaller("logs-user"), code, null)).Unwrap();
        (await user.CompleteSignIn(cluster.FreshCaller("logs-user"), null, secrets[0])).Unwrap();
        var proven = cluster.FreshCaller("logs-user", cluster.Context.Time.GetUtcNow());
        secrets.AddRange((await user.RegenerateRecoveryCodes(proven)).Unwrap().RecoveryCodes);
        cluster.Context.Time.Advance(SendGap);
        (await user.StartEnrollment(proven, newPhone)).Unwrap();
        var changeCode = CodeSentTo(cluster.Context.Sms, newPhone);
        (await user.ConfirmEnrollment(proven, changeCode)).Unwrap();
        (await user.Disable(proven)).Unwrap();
        secrets.AddRange([code, changeCode]);

        var logs = cluster.Context.Logs.Messages.ToArray();
        Assert.Contains(logs, m => m.Contains("logs-user", StringComparison.Ordinal));
        foreach (var secret in secrets.Concat([phone, phone[1..], newPhone, newPhone[1..]]))
        {
            Assert.DoesNotContain(logs, m => m.Contains(secret, StringComparison.Ordinal));
        }
    }
}
