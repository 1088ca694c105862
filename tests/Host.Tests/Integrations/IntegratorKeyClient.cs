using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Integrations;

/// <summary>The integrator key mutations an admin's frontend sends, through the real host.</summary>
internal static class IntegratorKeyClient
{
    public const string Issue = """
        mutation($organizationId: ID!, $name: String!) {
          issueIntegratorKey(input: { organizationId: $organizationId, name: $name }) { key { id active } secret }
        }
        """;

    public const string Revoke = """
        mutation($keyId: ID!) { revokeIntegratorKey(input: { keyId: $keyId }) { key { active revokedAt } } }
        """;

    public static async Task<(string Id, string Secret)> IssueKeyAsync(
        this HostFixture host,
        string adminId,
        string organizationId)
    {
        var answer = await host.Client.PostGraphQLAsync(
            Issue, new { organizationId, name = "CRM sync" }, host.FreshToken(adminId));

        Assert.Empty(answer.Errors);
        var issued = answer.Data.GetProperty("issueIntegratorKey");
        return (issued.GetProperty("key").GetProperty("id").GetString()!, issued.GetProperty("secret").GetString()!);
    }
}
