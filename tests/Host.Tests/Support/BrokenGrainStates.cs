namespace TwoStep.Host.Tests.Support;

/// <summary>
/// Makes PostgreSQL refuse to write chosen grain state rows, keyed by state name ("memberships"
/// for the member's side, "organization") and the grain's string key, until they are mended: the
/// storage failing halfway through a change, for one grain only.
/// </summary>
public static class BrokenGrainStates
{
    private const string Breakable = """
        CREATE TABLE IF NOT EXISTS broken_states (state text, key text, PRIMARY KEY (state, key));
        CREATE OR REPLACE FUNCTION refuse_broken_states() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM broken_states
                       WHERE state = NEW.graintypestring AND key = NEW.grainidextensionstring) THEN
                RAISE EXCEPTION 'storage is down for this grain in this test';
            END IF;
            RETURN NEW;
        END
        $$;
        DROP TRIGGER IF EXISTS break_states ON orleansstorage;
        CREATE TRIGGER break_states BEFORE INSERT OR UPDATE ON orleansstorage
            FOR EACH ROW EXECUTE FUNCTION refuse_broken_states();
        """;

    public static async Task BreakAsync(this HostFixture host, string state, string key)
    {
        await host.Database.ExecuteAsync(Breakable);
        await host.Database.ExecuteAsync($"INSERT INTO broken_states VALUES ('{state}', '{key}')");
    }

    public static Task MendAsync(this HostFixture host, string state, string key) =>
        host.Database.ExecuteAsync($"DELETE FROM broken_states WHERE state = '{state}' AND key = '{key}'");
}
