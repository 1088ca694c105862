using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Compliance;
using TwoStep.Domain.Organizations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>
/// Reads <c>compliance_member</c> and <c>compliance_counts</c>. Pages are keyset reads on
/// (sort_name, user_id); an unfiltered or status-only total comes from the counters, so it costs
/// one row whatever the organization's size.
/// </summary>
internal sealed class PostgresComplianceReadModel(IOptions<DatabaseOptions> options) : IComplianceReadModel
{
    private const int StreamBatchSize = 1000;

    private const string CountsSql = """
        SELECT member_count, enrolled, not_enrolled, sso_managed
        FROM compliance_counts WHERE organization_id = @organization
        """;

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    public async Task<ComplianceCounts> CountsAsync(string organizationId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return await ReadCountsAsync(connection, organizationId, cancellationToken);
    }

    public async Task<MemberPage> PageAsync(
        string organizationId,
        MemberFilter filter,
        int first,
        MemberCursor? after,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var rows = await ReadRowsAsync(connection, organizationId, filter, first + 1, after, cancellationToken);
        var total = await TotalAsync(connection, organizationId, filter, cancellationToken);

        var hasNext = rows.Count > first;
        return new MemberPage(hasNext ? rows[..first] : rows, total, hasNext);
    }

    public async IAsyncEnumerable<ComplianceMember> StreamAsync(
        string organizationId,
        MemberFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        MemberCursor? after = null;
        while (true)
        {
            var rows = await ReadRowsAsync(
                connection, organizationId, filter, StreamBatchSize, after, cancellationToken);
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < StreamBatchSize)
            {
                yield break;
            }

            after = rows[^1].Cursor;
        }
    }

    private static async Task<List<ComplianceMember>> ReadRowsAsync(
        NpgsqlConnection connection,
        string organizationId,
        MemberFilter filter,
        int limit,
        MemberCursor? after,
        CancellationToken cancellationToken)
    {
        await using var command = MemberQueries.Page(connection, organizationId, filter, limit, after);
        var rows = new List<ComplianceMember>(Math.Min(limit, StreamBatchSize));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ComplianceMember(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                (OrganizationRoles)reader.GetInt16(3),
                (MemberStatus)reader.GetInt16(4),
                reader.IsDBNull(5) ? null : new DateTimeOffset(reader.GetDateTime(5), TimeSpan.Zero),
                new DateTimeOffset(reader.GetDateTime(6), TimeSpan.Zero),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8)));
        }

        return rows;
    }

    private static async Task<int> TotalAsync(
        NpgsqlConnection connection,
        string organizationId,
        MemberFilter filter,
        CancellationToken cancellationToken)
    {
        if (filter.Prefix is not null)
        {
            await using var count = MemberQueries.Count(connection, organizationId, filter);
            return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), null);
        }

        var counts = await ReadCountsAsync(connection, organizationId, cancellationToken);
        return filter.Status switch
        {
            MemberStatus.Enrolled => counts.EnrolledCount,
            MemberStatus.NotEnrolled => counts.NotEnrolledCount,
            MemberStatus.SsoManaged => counts.SsoManagedCount,
            _ => counts.MemberCount,
        };
    }

    private static async Task<ComplianceCounts> ReadCountsAsync(
        NpgsqlConnection connection,
        string organizationId,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CountsSql, connection);
        command.Parameters.AddWithValue("organization", organizationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ComplianceCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3))
            : ComplianceCounts.None;
    }
}
