using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TwoStep.Infrastructure.Persistence;

/// <summary>
/// Applies the SQL scripts embedded under <c>Persistence/Migrations</c> once each, in name order,
/// journaled in <c>public.schemaversions</c>. Call it before the silo starts.
/// </summary>
public static class DatabaseMigrator
{
    // Any fixed key works as long as every TwoStep process uses the same one.
    private const long MigrationLockKey = 0x7477_6F73_7465_7001;
    private const string JournalTable = "schemaversions";
    private const string ScriptFolder = ".Persistence.Migrations.";

    /// <exception cref="DatabaseMigrationException">
    /// The database cannot be reached, or a script failed (the message names it).
    /// </exception>
    public static void Migrate(string connectionString, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(logger);

        var target = DatabaseTarget.Describe(connectionString);

        // A session lock on a connection of its own: a second process starting at the same
        // time waits here until the first has applied and journaled every script.
        using var lockConnection = Open(connectionString, target);
        Execute(lockConnection, "SELECT pg_advisory_lock(@key)");
        try
        {
            Upgrade(connectionString, target, logger);
        }
        finally
        {
            Execute(lockConnection, "SELECT pg_advisory_unlock(@key)");
        }
    }

    private static void Upgrade(string connectionString, string target, ILogger logger)
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        var engine = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(assembly, IsMigration)
            .JournalToPostgresqlTable("public", JournalTable)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogTo(logger)
            .Build();

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            throw Failed(result, target);
        }

        var applied = result.Scripts.Count();
        MigrationLog.Applied(logger, applied, target);
    }

    private static bool IsMigration(string resourceName) =>
        resourceName.Contains(ScriptFolder, StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.Ordinal);

    private static DatabaseMigrationException Failed(DatabaseUpgradeResult result, string target)
    {
        var script = result.ErrorScript?.Name ?? "(before any script)";
        var reason = result.Error?.Message ?? "unknown error";
        return new DatabaseMigrationException(
            $"Migration script {script} failed on PostgreSQL at {target}: {reason}",
            result.Error);
    }

    private static NpgsqlConnection Open(string connectionString, string target)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw new DatabaseMigrationException(
                $"Cannot reach PostgreSQL at {target}: {exception.Message}",
                exception);
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        command.ExecuteNonQuery();
    }
}
