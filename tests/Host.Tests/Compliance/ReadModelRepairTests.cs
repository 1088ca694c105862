using Microsoft.Extensions.DependencyInjection;
using TwoStep.Application.Organizations;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>
/// A crash between the grain's write and the read model's write: the grain has stored the change
/// (and its audit entry in its outbox), the transaction that appends the entry and moves the read
/// model fails. The grain's retry repairs it, and appending the same entries again counts nothing twice.
/// </summary>
public sealed class ReadModelRepairTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string FailWrites = """
        CREATE OR REPLACE FUNCTION injected_crash() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'injected crash before the read model was written'; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER injected_crash BEFORE INSERT OR UPDATE OR DELETE ON compliance_member
            FOR EACH ROW EXECUTE FUNCTION injected_crash();
        """;

    private const string Heal = "DROP TRIGGER injected_crash ON compliance_member";

    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task A_failed_read_model_write_is_repaired_without_a_lost_or_doubled_count()
    {
        var owner = NewUserId();
        var (joiner, leaver, enroller) = (NewUserId(), NewUserId(), NewUserId());
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, leaver, "Leaver");
        await _client.AddAsync(owner, id, enroller, "Enroller");

        await host.Database.ExecuteAsync(FailWrites);
        try
        {
            await _client.AddAsync(owner, id, joiner, "Joiner");
            await _client.RemoveAsync(owner, id, leaver);
            await _client.Organizations.EnrollAsync(enroller);
            Assert.Equal(new Counts(3, 0, 3, 0), await _client.CountsAsync(owner, id));
        }
        finally
        {
            await host.Database.ExecuteAsync(Heal);
        }

        var repaired = await EventuallyAsync(owner, id, new Counts(3, 1, 2, 0));
        var members = await _client.AllAsync(owner, id);

        Assert.Equal(new Counts(3, 1, 2, 0), repaired);
        Assert.Equal(
            new[] { owner, joiner, enroller }.Order(StringComparer.Ordinal),
            members.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Entries_appended_again_change_nothing()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");
        var before = await _client.CountsAsync(owner, id);
        var log = host.Services.GetRequiredService<IAuditLog>();
        var entries = new[]
        {
            new AuditEntry(
                2,
                DateTimeOffset.UtcNow,
                owner,
                AuditActions.MemberAdded,
                member,
                "NONE",
                Member: new MemberView(member, null, "Member", Domain.Organizations.OrganizationRoles.None,
                    Domain.Organizations.MemberStatus.NotEnrolled)),
        };

        await log.AppendAsync(id, entries, CancellationToken.None);
        await log.AppendAsync(id, entries, CancellationToken.None);

        Assert.Equal(new Counts(2, 0, 2, 0), before);
        Assert.Equal(before, await _client.CountsAsync(owner, id));
    }

    /// <summary>The grain retries its outbox every five seconds; reading the audit log flushes it at once.</summary>
    private async Task<Counts> EventuallyAsync(string owner, string id, Counts expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var counts = await _client.CountsAsync(owner, id);
            if (counts == expected || DateTime.UtcNow > deadline)
            {
                return counts;
            }

            await Task.Delay(250);
        }
    }
}
