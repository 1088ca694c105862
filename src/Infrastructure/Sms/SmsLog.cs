using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Sms;

/// <summary>Every log line of the SMS senders: masked numbers only, never the text.</summary>
internal static partial class SmsLog
{
    [LoggerMessage(
        EventId = 4101,
        Level = LogLevel.Information,
        Message = "Plivo accepted SMS {MessageUuid} to {MaskedNumber}")]
    public static partial void Accepted(ILogger logger, string messageUuid, string maskedNumber);

    [LoggerMessage(
        EventId = 4102,
        Level = LogLevel.Error,
        Message = "Plivo did not accept an SMS to {MaskedNumber}: HTTP {StatusCode} (api_id {ApiId})")]
    public static partial void NotAccepted(ILogger logger, string maskedNumber, int statusCode, string? apiId);

    [LoggerMessage(
        EventId = 4103,
        Level = LogLevel.Error,
        Message = "Plivo could not be reached in time for an SMS to {MaskedNumber}")]
    public static partial void Unreachable(ILogger logger, string maskedNumber, Exception exception);

    [LoggerMessage(
        EventId = 4104,
        Level = LogLevel.Error,
        Message = "Plivo answered HTTP {StatusCode} for an SMS to {MaskedNumber} without a message uuid")]
    public static partial void NoMessageUuid(ILogger logger, int statusCode, string maskedNumber);
}
