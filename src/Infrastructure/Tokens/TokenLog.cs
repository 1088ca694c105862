using Microsoft.Extensions.Logging;
using TwoStep.Application.SignIn;

namespace TwoStep.Infrastructure.Tokens;

// Key ids are public (they are in the JWKS); key material never reaches a log.
internal static partial class TokenLog
{
    [LoggerMessage(
        EventId = 3001,
        Level = LogLevel.Information,
        Message = "Signing key {Kid} created; it signs from {ActivatesAt}")]
    public static partial void KeyCreated(ILogger logger, string kid, DateTimeOffset activatesAt);

    [LoggerMessage(
        EventId = 3002,
        Level = LogLevel.Warning,
        Message = "Signing keys could not be refreshed; the keys read before stay in use")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        EventId = 3003,
        Level = LogLevel.Information,
        Message = "Two-step token issued for user {UserId} by {Method} with key {Kid}")]
    public static partial void TokenIssued(ILogger logger, string userId, SecondStepMethod method, string kid);
}
