using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Compliance;
using TwoStep.Domain.Organizations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>
/// Reads <c>compliance_member</c> and <c>compliance_counts</c>. A page is a keyset read on
/// (sort_name, user_id) sent with its total in one round trip; an unfiltered or status-only total
/// comes from the counters, so it costs one row whatever the organization's size.
/// </summary>
internal sealed class PostgresComplianceReadModel(IOptions<DatabaseOptions> options) : IComplianceReadModel
{
    private const int StreamBatchSize = 1000;

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    public async Task<ComplianceCounts> CountsAsync(string organizationId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(MemberQueries.Counters(organizationId));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadCountsAsync(reader, cancellationToken);
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
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                MemberQueries.Page(organizationId, filter, first + 1, after),
                filter.Prefix is null
                    ? MemberQueries.Counters(organizationId)
                    : MemberQueries.Count(organizationId, filter),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var rows = await ReadRowsAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var total = filter.Prefix is null
            ? Total(await ReadCountsAsync(reader, cancellationToken), filter.Status)
            : await ReadCountAsync(reader, cancellationToken);

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
            List<ComplianceMember> rows;
            await using (var batch = new NpgsqlBatch(connection))
            {
                batch.BatchCommands.Add(MemberQueries.Page(organizationId, filter, StreamBatchSize, after));
                await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
                rows = await ReadRowsAsync(reader, cancellationToken);
            }

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
        NpgsqlDataReader reader,
        CancellationToken cancellationToken)
    {
        var rows = new List<ComplianceMember>();
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

    private static int Total(ComplianceCounts counts, MemberStatus? status) => status switch
    {
        MemberStatus.Enrolled => counts.EnrolledCount,
        MemberStatus.NotEnrolled => counts.NotEnrolledCount,
        MemberStatus.SsoManaged => counts.SsoManagedCount,
        _ => counts.MemberCount,
    };

    private static async Task<int> ReadCountAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        return (int)reader.GetInt64(0);
    }

    private static async Task<ComplianceCounts> ReadCountsAsync(
        NpgsqlDataReader reader,
        CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken)
            ? new ComplianceCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3))
            : ComplianceCounts.None;
}
