using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Events;

internal static partial class EventLog
{
    [LoggerMessage(
        EventId = 7001,
        Level = LogLevel.Warning,
        Message = "A subscriber to the events of organization {OrganizationId} fell too far behind and was ended")]
    public static partial void SubscriberTooSlow(ILogger logger, string organizationId);
}
