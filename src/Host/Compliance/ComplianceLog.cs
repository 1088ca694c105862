namespace TwoStep.Host.Compliance;

internal static partial class ComplianceLog
{
    [LoggerMessage(
        EventId = 1301,
        Level = LogLevel.Information,
        Message = "Rebuilt the compliance read model: {Organizations} organizations, {Members} members")]
    public static partial void Rebuilt(ILogger logger, int organizations, long members);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Rebuilding the compliance read model failed")]
    public static partial void RebuildFailed(ILogger logger, Exception exception);
}
