namespace TwoStep.Host.Tests.Support;

/// <summary>The host as it runs in production: no introspection, suggestions or error details.</summary>
public sealed class ProductionHostFixture : HostFixture
{
    protected override string Environment => "Production";
}
