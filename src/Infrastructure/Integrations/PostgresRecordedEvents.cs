using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Integrations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Integrations;

/// <summary>Reads an organization's events back from <c>integrator_events</c>.</summary>
internal sealed class PostgresRecordedEvents(IOptions<DatabaseOptions> options) : IRecordedEvents
{
    private const string ReadSql = """
        SELECT position, id, type, occurred_at, data::text
        FROM integrator_events
        WHERE organization_id = @organization AND position > @after
        ORDER BY position
        LIMIT @limit
        """;

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    public async Task<RecordedEventPage> ReadAsync(
        string organizationId,
        long after,
        int first,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ReadSql, connection);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", first + 1);

        var events = new List<RecordedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new RecordedEvent(
                reader.GetInt64(0),
                IntegratorEventIds.Format(reader.GetGuid(1)),
                reader.GetString(2),
                new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc)),
                reader.GetString(4)));
        }

        var hasNext = events.Count > first;
        return new RecordedEventPage(hasNext ? events[..first] : events, hasNext);
    }
}
