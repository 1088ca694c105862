namespace TwoStep.Host.Tests.Support;

/// <summary>A host that logs everything, down to Trace, for every category.</summary>
public sealed class VerboseLoggingHostFixture : HostFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
    [
        new("Logging:LogLevel:Default", "Trace"),
        new("Logging:LogLevel:Microsoft.AspNetCore", "Trace"),
        new("Logging:LogLevel:Orleans", "Trace"),
    ];
}
