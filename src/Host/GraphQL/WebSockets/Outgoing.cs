using GraphQL.Transport;

namespace TwoStep.Host.GraphQL.WebSockets;

/// <summary>What the connection's one writer sends next: a message, or the close frame.</summary>
internal sealed record Outgoing(OperationMessage? Message, int CloseCode = 0, string? CloseReason = null)
{
    public static Outgoing Close(int code, string reason) => new(null, code, reason);
}
