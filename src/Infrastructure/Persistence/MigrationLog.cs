using Microsoft.Extensions.Logging;

namespace TwoStep.Infrastructure.Persistence;

internal static partial class MigrationLog
{
    [LoggerMessage(
        EventId = 2001,
        Level = LogLevel.Information,
        Message = "Database {Target} is up to date; {ScriptCount} migration scripts applied now")]
    public static partial void Applied(ILogger logger, int scriptCount, string target);
}
