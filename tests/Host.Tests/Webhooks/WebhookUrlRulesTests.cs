using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Webhooks;

public sealed class WebhookUrlRulesTests(LocalUrlsRefusedHostFixture host) : IClassFixture<LocalUrlsRefusedHostFixture>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hooks")]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://localhost/hooks")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://user:password@example.com/hooks")]
    [InlineData("not a url")]
    public async Task A_url_that_is_not_https_to_a_public_address_is_refused_at_registration(string url)
    {
        var organizationId = await host.CreateOrganizationAsync("url-admin");

        var answer = await host.Client.PostGraphQLAsync(
            WebhookClient.Create,
            new { organizationId, url, eventTypes = (string[]?)null },
            host.FreshToken("url-admin"));

        Assert.Equal("INVALID_WEBHOOK_URL", answer.ErrorCode);
    }
}
