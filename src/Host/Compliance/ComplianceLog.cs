namespace TwoStep.Host.Compliance;

internal static partial class ComplianceLog
{
    [LoggerMessage(
        EventId = 1301,
        Level = LogLevel.Information,
        Message = "Rebuilt the compliance read model: {Organizations} organizations, {Members} members")]
    public static partial void Rebuilt(ILogger logger, int organizations, long members);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Rebuilding the compliance read model failed")]
    public static partial void RebuildFailed(ILogger logger, Exception exception);

    [LoggerMessage(
        EventId = 1303,
        Level = LogLevel.Information,
        Message = "Rebuilt the compliance read model of organization {OrganizationId}: {Members} members")]
    public static partial void RebuiltOne(ILogger logger, string organizationId, long members);

    [LoggerMessage(
        EventId = 1304,
        Level = LogLevel.Error,
        Message = "No organization has the id {OrganizationId}: nothing was rebuilt")]
    public static partial void NoSuchOrganization(ILogger logger, string organizationId);

    [LoggerMessage(
        EventId = 1305,
        Level = LogLevel.Error,
        Message = "--organization needs the id of an organization: nothing was rebuilt")]
    public static partial void OrganizationMissing(ILogger logger);
}
