namespace TwoStep.Host.Tests.Support;

/// <summary>
/// A host that may post to loopback receivers, looks for due deliveries often and retries after
/// one and two seconds, then gives up: the retry behaviour of a day, in seconds.
/// </summary>
public class WebhookHostFixture : HostFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
    [
        new("Webhooks:AllowLocalUrls", "true"),
        new("Webhooks:DispatchEnabled", DispatchEnabled ? "true" : "false"),
        new("Webhooks:PollInterval", "00:00:00.100"),
        new("Webhooks:AttemptTimeout", "00:00:02"),
        new("Webhooks:LeaseDuration", "00:00:10"),
        new("Webhooks:RetrySchedule:0", "00:00:01"),
        new("Webhooks:RetrySchedule:1", "00:00:02"),
    ];

    protected virtual bool DispatchEnabled => true;
}
