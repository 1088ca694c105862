namespace TwoStep.Host.Tests.Support;

/// <summary>A listening host whose WebSocket clients have one second to send <c>connection_init</c>.</summary>
public sealed class WebSocketHostFixture : HostFixture
{
    protected override bool ListensOnPort => true;

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
        [new("GraphQL:ConnectionInitTimeout", "00:00:01")];
}
