using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Organizations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// The audit log in the append-only <c>organization_audit</c> table. Each newly appended entry is
/// handed to the <see cref="IOrganizationChangeProjection"/>s in the same transaction.
/// </summary>
internal sealed class PostgresAuditLog(
    IOptions<DatabaseOptions> options,
    IEnumerable<IOrganizationChangeProjection> projections) : IAuditLog
{
    private readonly IOrganizationChangeProjection[] _projections = [.. projections];

    private const string InsertSql = """
        INSERT INTO organization_audit
            (organization_id, sequence, occurred_at, actor_id, action, subject_id, detail, credential)
        VALUES (@organization, @sequence, @occurredAt, @actor, @action, @subject, @detail, @credential)
        ON CONFLICT (organization_id, sequence) DO NOTHING
        """;

    private const string ReadSql = """
        SELECT sequence, occurred_at, actor_id, action, subject_id, detail, credential
        FROM organization_audit
        WHERE organization_id = @organization AND sequence < @before
        ORDER BY sequence DESC
        LIMIT @limit
        """;

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    public async Task AppendAsync(
        string organizationId,
        IReadOnlyList<AuditEntry> entries,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var entry in entries)
        {
            await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
            command.Parameters.AddWithValue("organization", organizationId);
            command.Parameters.AddWithValue("sequence", entry.Sequence);
            command.Parameters.AddWithValue("occurredAt", entry.OccurredAt.UtcDateTime);
            command.Parameters.AddWithValue("actor", entry.ActorId);
            command.Parameters.AddWithValue("action", entry.Action);
            command.Parameters.AddWithValue("subject", (object?)entry.SubjectId ?? DBNull.Value);
            command.Parameters.AddWithValue("detail", (object?)entry.Detail ?? DBNull.Value);
            command.Parameters.AddWithValue(
                "credential",
                (object?)AuditCredentials.ToText(entry.Credential) ?? DBNull.Value);
            var appended = await command.ExecuteNonQueryAsync(cancellationToken) == 1;

            // An entry stored by an earlier try was projected with it, so it is not projected twice.
            if (appended)
            {
                foreach (var projection in _projections)
                {
                    await projection.ApplyAsync(connection, transaction, organizationId, entry, cancellationToken);
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<AuditPage> ReadAsync(
        string organizationId,
        int first,
        long? before,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ReadSql, connection);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("before", before ?? long.MaxValue);
        command.Parameters.AddWithValue("limit", first + 1);

        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                AuditCredentials.FromText(reader.IsDBNull(6) ? null : reader.GetString(6))));
        }

        var hasNext = entries.Count > first;
        return new AuditPage(hasNext ? entries[..first] : entries, hasNext);
    }
}
