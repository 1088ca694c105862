using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Events;

internal static partial class EventLog
{
    [LoggerMessage(
        EventId = 7001,
        Level = LogLevel.Warning,
        Message = "A subscriber to the events of organization {OrganizationId} fell too far behind and was ended")]
    public static partial void SubscriberTooSlow(ILogger logger, string organizationId);

    [LoggerMessage(
        EventId = 7002,
        Level = LogLevel.Warning,
        Message = "The event relay lost its database connection or failed a read; it reconnects")]
    public static partial void RelayFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        EventId = 7003,
        Level = LogLevel.Warning,
        Message = "Forgetting events past their retention failed; it is tried again within the hour")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}
