using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// Leases and settles deliveries in <c>webhook_deliveries</c>. A delivery is due when it is pending,
/// its time has come, no lease on it is running, its endpoint is enabled and no earlier delivery of
/// the same member to the same endpoint is still pending: that last rule keeps a member's events in order.
/// </summary>
internal sealed class WebhookDeliveryStore(IOptions<DatabaseOptions> options)
{
    // SKIP LOCKED lets processes claim side by side; the lease, committed with the claim, keeps a
    // claimed row away from everyone else until it runs out.
    private const string ClaimSql = """
        UPDATE webhook_deliveries delivery
        SET leased_until = now() + @lease, attempts = delivery.attempts + 1, last_attempt_at = now()
        FROM (
            SELECT candidate.id
            FROM webhook_deliveries candidate
            JOIN webhook_endpoints owner ON owner.id = candidate.endpoint_id AND owner.disabled_at IS NULL
            WHERE candidate.state = 'pending'
              AND candidate.next_attempt_at <= now()
              AND (candidate.leased_until IS NULL OR candidate.leased_until < now())
              AND NOT EXISTS (
                  SELECT 1 FROM webhook_deliveries earlier
                  WHERE earlier.endpoint_id = candidate.endpoint_id
                    AND earlier.ordering_key = candidate.ordering_key
                    AND earlier.state = 'pending'
                    AND earlier.event_position < candidate.event_position)
            ORDER BY candidate.event_position
            LIMIT @batch
            FOR UPDATE OF candidate SKIP LOCKED
        ) claimed, webhook_endpoints endpoint, integrator_events event
        WHERE delivery.id = claimed.id
          AND endpoint.id = delivery.endpoint_id
          AND event.position = delivery.event_position
        RETURNING delivery.id, endpoint.id, delivery.attempts, endpoint.url, endpoint.sealed_secret,
                  event.id, event.type, event.occurred_at, event.data::text, delivery.leased_until,
                  CASE WHEN endpoint.previous_secret_until > now() THEN endpoint.previous_sealed_secret END
        """;

    // Each settlement holds only while this process's lease does: once it ran out, the delivery
    // may be another's, and a late answer here must not overwrite what that one records.
    private const string DeliveredSql = """
        UPDATE webhook_deliveries
        SET state = 'delivered', delivered_at = now(), leased_until = NULL, last_status = @status, last_error = NULL
        WHERE id = @id AND leased_until = @lease
        """;

    private const string RetrySql = """
        UPDATE webhook_deliveries
        SET next_attempt_at = now() + @delay, leased_until = NULL, last_status = @status, last_error = @error
        WHERE id = @id AND leased_until = @lease
        """;

    private const string GiveUpSql = """
        WITH settled AS (
            UPDATE webhook_deliveries
            SET state = 'failed', leased_until = NULL, last_status = @status, last_error = @error
            WHERE id = @id AND leased_until = @lease
            RETURNING endpoint_id
        )
        UPDATE webhook_endpoints
        SET disabled_at = now(), disabled_reason = @reason
        WHERE id IN (SELECT endpoint_id FROM settled) AND disabled_at IS NULL
        """;

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(
        int batch,
        TimeSpan lease,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ClaimSql, connection);
        command.Parameters.AddWithValue("lease", lease);
        command.Parameters.AddWithValue("batch", batch);

        var claimed = new List<ClaimedDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedDelivery(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetInt32(2),
                reader.GetString(3),
                reader.GetFieldValue<byte[]>(4),
                reader.GetGuid(5),
                reader.GetString(6),
                new DateTimeOffset(reader.GetDateTime(7), TimeSpan.Zero),
                reader.GetString(8),
                reader.GetDateTime(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<byte[]>(10)));
        }

        return claimed;
    }

    /// <summary>Records the success; false when the lease had run out first.</summary>
    public Task<bool> DeliveredAsync(ClaimedDelivery delivery, int status, CancellationToken cancellationToken) =>
        ExecuteAsync(
            DeliveredSql,
            cancellationToken,
            ("id", delivery.Id),
            ("lease", delivery.LeasedUntil),
            ("status", status));

    /// <summary>Schedules the next attempt; false when the lease had run out first.</summary>
    public Task<bool> RetryLaterAsync(
        ClaimedDelivery delivery,
        TimeSpan delay,
        DeliveryOutcome outcome,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            RetrySql,
            cancellationToken,
            ("id", delivery.Id),
            ("lease", delivery.LeasedUntil),
            ("delay", delay),
            ("status", (object?)outcome.Status ?? DBNull.Value),
            ("error", outcome.Describe()));

    /// <summary>
    /// Marks the delivery failed for good and disables its endpoint, saying why; false when the
    /// lease had run out first.
    /// </summary>
    public Task<bool> GiveUpAsync(
        ClaimedDelivery delivery,
        DeliveryOutcome outcome,
        string reason,
        CancellationToken cancellationToken) =>
        ExecuteAsync(
            GiveUpSql,
            cancellationToken,
            ("id", delivery.Id),
            ("lease", delivery.LeasedUntil),
            ("status", (object?)outcome.Status ?? DBNull.Value),
            ("error", outcome.Describe()),
            ("reason", reason));

    private async Task<bool> ExecuteAsync(
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
