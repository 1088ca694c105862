using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Tests.Persistence;

internal static class MigrationScripts
{
    public static int Count { get; } = typeof(DatabaseMigrator).Assembly
        .GetManifestResourceNames()
        .Count(name => name.Contains(".Persistence.Migrations.", StringComparison.Ordinal)
            && name.EndsWith(".sql", StringComparison.Ordinal));
}
