namespace TwoStep.Host.Access;

internal static partial class AccessLog
{
    [LoggerMessage(
        EventId = 1101,
        Level = LogLevel.Warning,
        Message = "A dependency is unavailable while deciding access to organization {OrganizationId}")]
    public static partial void ServiceUnavailable(ILogger logger, Exception exception, string organizationId);
}
