using Microsoft.Extensions.Logging;
using TwoStep.Application.SignIn;
using TwoStep.Domain.Codes;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Users;

// Only the user id and a masked number ever reach these messages: never a code or a full number.
internal static partial class UserGrainLog
{
    [LoggerMessage(
        EventId = 1001,
        Level = LogLevel.Information,
        Message = "{Purpose} code sent to {MaskedPhoneNumber} for user {UserId}")]
    public static partial void CodeSent(ILogger logger, CodePurpose purpose, string maskedPhoneNumber, string userId);

    [LoggerMessage(
        EventId = 1002,
        Level = LogLevel.Information,
        Message = "{Operation} refused for user {UserId}: {ErrorCode}")]
    public static partial void Refused(ILogger logger, string operation, string userId, ErrorCode errorCode);

    [LoggerMessage(
        EventId = 1003,
        Level = LogLevel.Warning,
        Message = "{Purpose} code to {MaskedPhoneNumber} for user {UserId} could not be sent; the code is void")]
    public static partial void CodeNotSent(
        ILogger logger,
        CodePurpose purpose,
        string userId,
        string maskedPhoneNumber,
        Exception exception);

    [LoggerMessage(
        EventId = 1004,
        Level = LogLevel.Information,
        Message = "Two-step enabled for user {UserId} on {MaskedPhoneNumber}")]
    public static partial void EnrollmentConfirmed(ILogger logger, string userId, string maskedPhoneNumber);

    [LoggerMessage(
        EventId = 1005,
        Level = LogLevel.Information,
        Message = "User {UserId} passed two-step by {Method}")]
    public static partial void SignInCompleted(ILogger logger, string userId, SecondStepMethod method);

    [LoggerMessage(
        EventId = 1006,
        Level = LogLevel.Warning,
        Message = "Verification for user {UserId} is locked until {LockedUntil} after too many failures")]
    public static partial void VerificationLocked(ILogger logger, string userId, DateTimeOffset lockedUntil);

    [LoggerMessage(
        EventId = 1007,
        Level = LogLevel.Information,
        Message = "Recovery codes of user {UserId} replaced; the old set is void")]
    public static partial void RecoveryCodesReplaced(ILogger logger, string userId);

    [LoggerMessage(
        EventId = 1008,
        Level = LogLevel.Information,
        Message = "Two-step disabled for user {UserId}")]
    public static partial void TwoStepDisabled(ILogger logger, string userId);
}
