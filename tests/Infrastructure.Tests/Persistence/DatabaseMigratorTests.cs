using Microsoft.Extensions.Logging.Abstractions;
using TwoStep.Infrastructure.Persistence;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.Persistence;

public sealed class DatabaseMigratorTests
{
    private const string CountJournal = "SELECT count(*) FROM public.schemaversions";

    [Fact]
    public async Task An_empty_database_gets_every_script_and_the_Orleans_queries()
    {
        await using var database = await TestDatabase.CreateAsync();

        DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);

        var journaled = await database.ScalarAsync<long>(CountJournal);
        Assert.Equal(MigrationScripts.Count, journaled);
        var queries = await database.ScalarAsync<long>("SELECT count(*) FROM orleansquery");
        Assert.Equal(4 + 9, queries);
    }

    [Fact]
    public async Task Running_again_applies_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);
        var logger = new ListLogger();

        DatabaseMigrator.Migrate(database.ConnectionString, logger);

        Assert.Equal(MigrationScripts.Count, await database.ScalarAsync<long>(CountJournal));
        Assert.Contains(logger.Messages, m => m.Contains("0 migration scripts applied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_migrators_started_together_both_succeed_and_journal_each_script_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var start = new Barrier(2);

        void Migrate()
        {
            start.SignalAndWait();
            DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance);
        }

        await Task.WhenAll(Task.Run(Migrate), Task.Run(Migrate));

        var distinct = await database.ScalarAsync<long>(
            "SELECT count(DISTINCT scriptname) FROM public.schemaversions");
        Assert.Equal(MigrationScripts.Count, await database.ScalarAsync<long>(CountJournal));
        Assert.Equal(MigrationScripts.Count, distinct);
    }

    [Fact]
    public void An_unreachable_database_is_named_in_a_clear_message_without_the_password()
    {
        const string connectionString =
            "Host=127.0.0.1;Port=1;Database=twostep;Username=app;Password=s3cret-value;Timeout=3";

        var error = Assert.Throws<DatabaseMigrationException>(
            () => DatabaseMigrator.Migrate(connectionString, NullLogger.Instance));

        Assert.StartsWith("Cannot reach PostgreSQL at 127.0.0.1:1/twostep: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_script_is_named_and_nothing_of_it_is_journaled()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE orleansstorage (id integer)");

        var error = Assert.Throws<DatabaseMigrationException>(
            () => DatabaseMigrator.Migrate(database.ConnectionString, NullLogger.Instance));

        Assert.Contains("0002_OrleansStorage.sql", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await database.ScalarAsync<long>(CountJournal));
    }
}
