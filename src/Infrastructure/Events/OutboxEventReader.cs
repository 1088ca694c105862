using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Integrations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Events;

/// <summary>Reads the event outbox (<c>integrator_events</c>) by position, per organization.</summary>
internal sealed class OutboxEventReader(IOptions<DatabaseOptions> options)
{
    private const string LatestSql =
        "SELECT coalesce(max(position), 0) FROM integrator_events WHERE organization_id = @organization";

    // An organization's events are appended one transaction after another (its grain writes them),
    // so past a position of that organization no event can still appear: a cursor per organization
    // never skips an event that commits late.
    private const string ReadSql = """
        SELECT event.position, event.id, event.organization_id, event.type, event.occurred_at, event.data::text
        FROM unnest(@organizations, @after) AS cursor (organization_id, after)
        JOIN integrator_events event
          ON event.organization_id = cursor.organization_id AND event.position > cursor.after
        ORDER BY event.position
        LIMIT @limit
        """;

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    /// <summary>The position of the organization's latest event; 0 when it has none.</summary>
    public async Task<long> LatestAsync(string organizationId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(LatestSql, connection);
        command.Parameters.AddWithValue("organization", organizationId);

        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Events after each organization's cursor, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<OutboxEvent>> ReadAsync(
        IReadOnlyDictionary<string, long> cursors,
        int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ReadSql, connection);
        command.Parameters.AddWithValue("organizations", cursors.Keys.ToArray());
        command.Parameters.AddWithValue("after", cursors.Values.ToArray());
        command.Parameters.AddWithValue("limit", limit);

        var events = new List<OutboxEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new OutboxEvent(
                reader.GetInt64(0),
                IntegratorEventIds.Format(reader.GetGuid(1)),
                reader.GetString(2),
                reader.GetString(3),
                new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc)),
                reader.GetString(5)));
        }

        return events;
    }
}
