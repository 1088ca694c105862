using Npgsql;

namespace TwoStep.Infrastructure.Persistence;

/// <summary>Names a database for messages as <c>host:port/database</c>, leaving credentials out.</summary>
internal static class DatabaseTarget
{
    public static string Describe(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            throw new DatabaseMigrationException(
                "ConnectionStrings:TwoStep is not a valid PostgreSQL connection string.",
                null);
        }

        var database = builder.Database ?? builder.Username ?? "(default)";
        return $"{builder.Host}:{builder.Port}/{database}";
    }
}
