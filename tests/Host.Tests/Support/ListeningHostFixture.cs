namespace TwoStep.Host.Tests.Support;

/// <summary>A host on a real loopback port, for clients outside the test process.</summary>
public sealed class ListeningHostFixture : HostFixture
{
    protected override bool ListensOnPort => true;
}
