namespace TwoStep.Infrastructure.Tests.SignIn;

/// <summary>One cluster for every sign-in test class: starting a silo is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class SignInClusterGroup : ICollectionFixture<SignInCluster>
{
    public const string Name = "sign-in cluster";
}
