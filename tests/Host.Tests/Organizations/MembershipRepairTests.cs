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
        await host.BreakAsync("memberships", member);

        var added = await _client.AddMemberAsync(ownerTwoStep, id, member);
        var halfway = await _client.DecisionAsync(memberTwoStep, id);
        await host.MendAsync("memberships", member);
        // The repair lands at its own moment, perhaps between the two transports of one decision:
        // wait on one, then ask both, which must agree from then on.
        var repaired = await EventuallyAsync(() => _client.AccessOverGraphQLAsync(memberTwoStep, id), Allowed);
        var after = await _client.DecisionAsync(memberTwoStep, id);
        var disabled = await host.Client.PostGraphQLAsync(Disable, token: memberTwoStep);

        Assert.Empty(added.Errors);
        Assert.Equal("ENROLLMENT_REQUIRED", halfway);
        Assert.Equal(Allowed, repaired);
        Assert.Equal(Allowed, after);
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
        await host.BreakAsync("organization", id);

        var failed = await _client.AddMemberAsync(_client.Token(owner), id, lost);
        await host.MendAsync("organization", id);
        var added = await _client.AddMemberAsync(_client.Token(owner), id, next);

        Assert.NotEmpty(failed.Errors);
        Assert.Empty(added.Errors);
        Assert.Equal("NOT_A_MEMBER", await _client.DecisionAsync(_client.Token(lost), id));
        Assert.Equal(Allowed, await _client.DecisionAsync(_client.Token(next), id));
    }

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
