using Microsoft.Extensions.Logging;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Users;

// Only the user id and a masked number ever reach these messages: never a code or a full number.
internal static partial class UserGrainLog
{
    [LoggerMessage(
        EventId = 1001,
        Level = LogLevel.Information,
        Message = "Enrollment code sent to {MaskedPhoneNumber} for user {UserId}")]
    public static partial void EnrollmentCodeSent(ILogger logger, string userId, string maskedPhoneNumber);

    [LoggerMessage(
        EventId = 1002,
        Level = LogLevel.Information,
        Message = "Enrollment refused for user {UserId}: {ErrorCode}")]
    public static partial void EnrollmentRefused(ILogger logger, string userId, ErrorCode errorCode);

    [LoggerMessage(
        EventId = 1003,
        Level = LogLevel.Warning,
        Message = "Enrollment code to {MaskedPhoneNumber} for user {UserId} could not be sent; the code is void")]
    public static partial void EnrollmentCodeNotSent(
        ILogger logger,
        string userId,
        string maskedPhoneNumber,
        Exception exception);

    [LoggerMessage(
        EventId = 1004,
        Level = LogLevel.Information,
        Message = "Two-step enabled for user {UserId} on {MaskedPhoneNumber}")]
    public static partial void EnrollmentConfirmed(ILogger logger, string userId, string maskedPhoneNumber);
}
