namespace TwoStep.Host.Tests.Support;

/// <summary>One of several hosts run one after another on the same database, as restarts of one process.</summary>
public sealed class SharedDatabaseWebhookHost(TestDatabase database, bool dispatchEnabled) : WebhookHostFixture
{
    protected override TestDatabase SharedDatabase => database;

    protected override bool DispatchEnabled => dispatchEnabled;
}
