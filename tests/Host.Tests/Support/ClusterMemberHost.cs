namespace TwoStep.Host.Tests.Support;

/// <summary>One process of a cluster: it shares the database and the Orleans cluster with the others.</summary>
public sealed class ClusterMemberHost(TestDatabase database, string clusterId, bool listens) : HostFixture
{
    protected override TestDatabase SharedDatabase => database;

    protected override string SharedClusterId => clusterId;

    protected override bool ListensOnPort => listens;
}
