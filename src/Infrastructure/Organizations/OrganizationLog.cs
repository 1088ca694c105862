using Microsoft.Extensions.Logging;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Organizations;

internal static partial class OrganizationLog
{
    [LoggerMessage(
        EventId = 2001,
        Level = LogLevel.Information,
        Message = "Organization {OrganizationId}: {Action} by {ActorId} for {SubjectId}")]
    public static partial void Changed(
        ILogger logger,
        string organizationId,
        string action,
        string actorId,
        string? subjectId);

    [LoggerMessage(
        EventId = 2002,
        Level = LogLevel.Information,
        Message = "Organization {OrganizationId} refused a change by {ActorId}: {ErrorCode}")]
    public static partial void Refused(ILogger logger, string organizationId, string actorId, ErrorCode errorCode);

    [LoggerMessage(
        EventId = 2003,
        Level = LogLevel.Warning,
        Message = "Organization {OrganizationId} could not tell user {UserId} of their membership; it will retry")]
    public static partial void LinkFailed(ILogger logger, string organizationId, string userId, Exception exception);

    [LoggerMessage(
        EventId = 2004,
        Level = LogLevel.Warning,
        Message = "Organization {OrganizationId} could not append {Count} audit entries; it will retry")]
    public static partial void AuditFailed(ILogger logger, string organizationId, int count, Exception exception);

    [LoggerMessage(
        EventId = 2005,
        Level = LogLevel.Warning,
        Message = "User {UserId} could not tell organization {OrganizationId} of their status; it will retry")]
    public static partial void StatusNotPublished(
        ILogger logger,
        string userId,
        string organizationId,
        Exception exception);
}
