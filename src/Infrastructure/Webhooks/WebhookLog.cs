using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Webhooks;

internal static partial class WebhookLog
{
    [LoggerMessage(
        EventId = 8001,
        Level = LogLevel.Information,
        Message = "Delivered event {EventId} to webhook endpoint {EndpointId} on attempt {Attempt}")]
    public static partial void Delivered(ILogger logger, string eventId, Guid endpointId, int attempt);

    [LoggerMessage(
        EventId = 8002,
        Level = LogLevel.Warning,
        Message = "Delivery of event {EventId} to webhook endpoint {EndpointId} failed on attempt {Attempt} "
            + "({Outcome}); next attempt in {Delay}")]
    public static partial void WillRetry(
        ILogger logger,
        string eventId,
        Guid endpointId,
        int attempt,
        string outcome,
        TimeSpan delay);

    [LoggerMessage(
        EventId = 8003,
        Level = LogLevel.Warning,
        Message = "Webhook endpoint {EndpointId} was disabled: {Reason}")]
    public static partial void EndpointDisabled(ILogger logger, Guid endpointId, string reason);

    [LoggerMessage(
        EventId = 8004,
        Level = LogLevel.Error,
        Message = "The webhook dispatcher failed a round; it tries again")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        EventId = 8005,
        Level = LogLevel.Warning,
        Message = "The lease on event {EventId} for webhook endpoint {EndpointId} ran out before the attempt "
            + "was recorded; another process may send it again")]
    public static partial void LeaseLost(ILogger logger, string eventId, Guid endpointId);
}
