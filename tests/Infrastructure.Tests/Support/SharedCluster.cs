namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>The test classes that share one cluster, and so run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedCluster : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
