using System.Globalization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TwoStep.Application.Compliance.RebuildCompliance;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>The rebuild command recreates the read model from grain state.</summary>
public sealed class ComplianceRebuildTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Rows = """
        SELECT organization_id, user_id, name, email, roles, status, enrolled_at, joined_at, masked_phone
        FROM compliance_member ORDER BY organization_id, user_id
        """;

    private const string CountRows = """
        SELECT organization_id, member_count, enrolled, not_enrolled, sso_managed
        FROM compliance_counts ORDER BY organization_id
        """;

    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task Truncated_tables_come_back_row_for_row_and_count_for_count()
    {
        var (owner, other) = (NewUserId(), NewUserId());
        var (enrolled, sso, leaver, plain) = (NewUserId(), NewUserId(), NewUserId(), NewUserId());
        var id = await _client.Organizations.CreateAsync(owner);
        var otherId = await _client.Organizations.CreateAsync(other);
        foreach (var user in new[] { enrolled, sso, leaver, plain })
        {
            await _client.AddAsync(owner, id, user, "Member " + user);
        }

        await _client.AddAsync(other, otherId, enrolled, "Elsewhere");
        await _client.Organizations.EnrollAsync(enrolled);
        await _client.SignInWithSsoAsync(sso);
        await _client.RemoveAsync(owner, id, leaver);
        var rowsBefore = await ReadAsync(Rows);
        var countsBefore = await ReadAsync(CountRows);

        await host.Database.ExecuteAsync("TRUNCATE compliance_member, compliance_counts");
        var rebuilt = await host.Services.GetRequiredService<IMediator>().Send(new RebuildComplianceCommand());

        Assert.Equal(new ComplianceRebuilt(2, 6), rebuilt);
        Assert.Equal(rowsBefore, await ReadAsync(Rows));
        Assert.Equal(countsBefore, await ReadAsync(CountRows));
        Assert.Equal(new Counts(4, 1, 2, 1), await _client.CountsAsync(owner, id));
    }

    [Fact]
    public async Task A_rebuild_of_rows_already_right_changes_nothing()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, NewUserId(), "Member");
        var before = await ReadAsync(Rows);

        await host.Services.GetRequiredService<IMediator>().Send(new RebuildComplianceCommand());
        await host.Services.GetRequiredService<IMediator>().Send(new RebuildComplianceCommand());

        Assert.Equal(before, await ReadAsync(Rows));
        Assert.Equal(new Counts(2, 0, 2, 0), await _client.CountsAsync(owner, id));
    }

    private async Task<List<string>> ReadAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i)));
            rows.Add(string.Join('|', cells));
        }

        return rows;
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "∅",
        DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
