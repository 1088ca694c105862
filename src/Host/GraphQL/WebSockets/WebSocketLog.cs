namespace TwoStep.Host.GraphQL.WebSockets;

internal static partial class WebSocketLog
{
    [LoggerMessage(
        EventId = 1101,
        Level = LogLevel.Information,
        Message = "Closing a GraphQL WebSocket with {CloseCode}: {Reason}")]
    public static partial void Closing(ILogger logger, int closeCode, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "A GraphQL WebSocket ended abruptly")]
    public static partial void Aborted(ILogger logger, Exception exception);
}
