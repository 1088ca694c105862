namespace TwoStep.Host.Tests.Support;

/// <summary>A host with the production URL rules: https to public addresses only.</summary>
public sealed class LocalUrlsRefusedHostFixture : HostFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
        [new("Webhooks:AllowLocalUrls", "false")];
}
