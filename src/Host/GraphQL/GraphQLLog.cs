namespace TwoStep.Host.GraphQL;

internal static partial class GraphQLLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unexpected error while resolving {Field}")]
    public static partial void UnexpectedError(ILogger logger, Exception exception, string field);

    [LoggerMessage(
        EventId = 1002,
        Level = LogLevel.Warning,
        Message = "A dependency is unavailable while resolving {Field}")]
    public static partial void ServiceUnavailable(ILogger logger, Exception exception, string field);
}
