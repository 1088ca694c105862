namespace TwoStep.Host.Configuration;

internal static partial class StartupLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Critical, Message = "TwoStep cannot start: {Reason}")]
    public static partial void CannotStart(ILogger logger, string reason);
}
