using Npgsql;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Organizations.OrganizationClient;

namespace TwoStep.Host.Tests.Organizations;

/// <summary>
/// A membership change touches the organization and the member's side. When the member's side cannot be
/// written, the organization keeps the change and retries until both agree; meanwhile it fails closed.
/// </summary>
public sealed class MembershipRepairTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Disable = "mutation { disableTwoStep { twoStep { enabled } } }";

    // Grain state rows are keyed by state name ("memberships" for the member's side, "organization")
    // and the grain's string key: while a row's state and key are listed in broken_states, PostgreSQL
    // refuses to write it.
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

    private readonly OrganizationClient _client = new(host);

    [Fact]
    public async Task A_membership_the_member_side_failed_to_record_is_repaired()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var ownerTwoStep = await _client.TwoStepTokenAsync(owner);
        var memberTwoStep = await _client.TwoStepTokenAsync(member);
        var id = await _client.CreateAsync(owner, "Repair Co");
        await _client.SetRequirementAsync(ownerTwoStep, id, true);
        await BreakAsync("memberships", member);

        var added = await _client.AddMemberAsync(ownerTwoStep, id, member);
        var halfway = await _client.DecisionAsync(memberTwoStep, id);
        await RepairAsync("memberships", member);
        var repaired = await EventuallyAsync(() => _client.DecisionAsync(memberTwoStep, id), Allowed);
        var disabled = await host.Client.PostGraphQLAsync(Disable, token: memberTwoStep);

        Assert.Empty(added.Errors);
        Assert.Equal("ENROLLMENT_REQUIRED", halfway);
        Assert.Equal(Allowed, repaired);
        Assert.Contains(id, await StoredMembershipsAsync(member), StringComparison.Ordinal);
        Assert.Equal("REQUIRED_BY_ORGANIZATION", disabled.ErrorCode);
        Assert.Contains("Repair Co", disabled.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_member_twice_is_harmless()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);

        var answers = await Task.WhenAll(
            _client.AddMemberAsync(_client.Token(owner), id, member, ["USER_ADMIN"]),
            _client.AddMemberAsync(_client.Token(owner), id, member, ["USER_ADMIN"]));

        Assert.All(answers, answer => Assert.Empty(answer.Errors));
        Assert.Equal(Allowed, await _client.DecisionAsync(_client.Token(member), id));
        Assert.Contains(id, await StoredMembershipsAsync(member), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_the_organization_failed_to_store_is_not_carried_by_the_next_one()
    {
        var owner = NewUserId();
        var lost = NewUserId();
        var next = NewUserId();
        var id = await _client.CreateAsync(owner);
        await BreakAsync("organization", id);

        var failed = await _client.AddMemberAsync(_client.Token(owner), id, lost);
        await RepairAsync("organization", id);
        var added = await _client.AddMemberAsync(_client.Token(owner), id, next);

        Assert.NotEmpty(failed.Errors);
        Assert.Empty(added.Errors);
        Assert.Equal("NOT_A_MEMBER", await _client.DecisionAsync(_client.Token(lost), id));
        Assert.Equal(Allowed, await _client.DecisionAsync(_client.Token(next), id));
    }

    private async Task BreakAsync(string state, string key)
    {
        await host.Database.ExecuteAsync(Breakable);
        await host.Database.ExecuteAsync($"INSERT INTO broken_states VALUES ('{state}', '{key}')");
    }

    private async Task RepairAsync(string state, string key) =>
        await host.Database.ExecuteAsync($"DELETE FROM broken_states WHERE state = '{state}' AND key = '{key}'");

    private static async Task<string> EventuallyAsync(Func<Task<string>> read, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var value = await read();
        while (value != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            value = await read();
        }

        return value;
    }

    private async Task<string> StoredMembershipsAsync(string userId)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage "
            + "WHERE graintypestring = 'memberships' AND grainidextensionstring = @user",
            connection);
        command.Parameters.AddWithValue("user", userId);
        return (string?)await command.ExecuteScalarAsync() ?? string.Empty;
    }
}
