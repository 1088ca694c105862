using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Integrations;
using TwoStep.Application.Webhooks;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>Webhook endpoints in <c>webhook_endpoints</c>, their secrets sealed, and their deliveries.</summary>
internal sealed class PostgresWebhookEndpoints(IOptions<DatabaseOptions> options, WebhookSecretSealer sealer)
    : IWebhookEndpoints
{
    private const string Columns =
        "id, organization_id, url, event_types, created_at, disabled_at, disabled_reason";

    private const string InsertSql = $"""
        INSERT INTO webhook_endpoints (id, organization_id, url, event_types, sealed_secret)
        VALUES (@id, @organization, @url, @types, @secret)
        RETURNING {Columns}
        """;

    private const string FindSql = $"SELECT {Columns} FROM webhook_endpoints WHERE id = @id";

    private const string ListSql = $"""
        SELECT {Columns} FROM webhook_endpoints WHERE organization_id = @organization ORDER BY created_at, id
        """;

    private const string DisableSql = """
        UPDATE webhook_endpoints SET disabled_at = now(), disabled_reason = @reason
        WHERE id = @id AND disabled_at IS NULL
        """;

    private const string EnableSql = """
        WITH enabled AS (
            UPDATE webhook_endpoints SET disabled_at = NULL, disabled_reason = NULL
            WHERE id = @id
            RETURNING id
        )
        UPDATE webhook_deliveries
        SET state = 'pending', attempts = 0, next_attempt_at = now()
        WHERE endpoint_id IN (SELECT id FROM enabled) AND state IN ('pending', 'failed')
        """;

    private const string DeleteSql = "DELETE FROM webhook_endpoints WHERE id = @id";

    private const string SecretSql = """
        UPDATE webhook_endpoints
        SET previous_sealed_secret = sealed_secret,
            previous_secret_until = now() + interval '24 hours',
            sealed_secret = @secret
        WHERE id = @id
        """;

    private const string DeliveriesSql = """
        SELECT delivery.event_position, delivery.id, event.id, event.type, event.occurred_at, delivery.state,
               delivery.attempts, delivery.next_attempt_at, delivery.last_attempt_at, delivery.last_status,
               delivery.last_error, delivery.delivered_at
        FROM webhook_deliveries delivery
        JOIN integrator_events event ON event.position = delivery.event_position
        WHERE delivery.endpoint_id = @endpoint AND delivery.event_position < @before
        ORDER BY delivery.event_position DESC
        LIMIT @limit
        """;

    private const string CountSql = "SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = @endpoint";

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    public async Task<WebhookEndpoint> AddAsync(
        string organizationId,
        string url,
        IReadOnlyList<string> eventTypes,
        string secret,
        CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("url", url);
        command.Parameters.AddWithValue("types", eventTypes.ToArray());
        command.Parameters.AddWithValue("secret", sealer.Seal(id, secret));

        return (await ReadEndpointsAsync(command, cancellationToken))[0];
    }

    public async Task<WebhookEndpoint?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(FindSql, connection);
        command.Parameters.AddWithValue("id", id);

        return (await ReadEndpointsAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(
        string organizationId,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ListSql, connection);
        command.Parameters.AddWithValue("organization", organizationId);

        return await ReadEndpointsAsync(command, cancellationToken);
    }

    public async Task DisableAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DisableSql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("reason", reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task EnableAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(EnableSql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DeleteSql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReplaceSecretAsync(Guid id, string secret, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SecretSql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("secret", sealer.Seal(id, secret));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<WebhookDeliveryPage> ListDeliveriesAsync(
        Guid endpointId,
        int first,
        long? before,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DeliveriesSql, connection);
        command.Parameters.AddWithValue("endpoint", endpointId);
        command.Parameters.AddWithValue("before", before ?? long.MaxValue);
        command.Parameters.AddWithValue("limit", first + 1);

        var deliveries = new List<WebhookDelivery>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                deliveries.Add(new WebhookDelivery(
                    reader.GetInt64(0),
                    reader.GetGuid(1),
                    IntegratorEventIds.Format(reader.GetGuid(2)),
                    reader.GetString(3),
                    Utc(reader.GetDateTime(4)),
                    reader.GetString(5),
                    reader.GetInt32(6),
                    reader.GetString(5) == "pending" ? Utc(reader.GetDateTime(7)) : null,
                    reader.IsDBNull(8) ? null : Utc(reader.GetDateTime(8)),
                    reader.IsDBNull(9) ? null : reader.GetInt32(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.IsDBNull(11) ? null : Utc(reader.GetDateTime(11))));
            }
        }

        await using var count = new NpgsqlCommand(CountSql, connection);
        count.Parameters.AddWithValue("endpoint", endpointId);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

        var hasNext = deliveries.Count > first;
        return new WebhookDeliveryPage(hasNext ? deliveries[..first] : deliveries, hasNext, total);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<List<WebhookEndpoint>> ReadEndpointsAsync(
        NpgsqlCommand command,
        CancellationToken cancellationToken)
    {
        var endpoints = new List<WebhookEndpoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            endpoints.Add(new WebhookEndpoint(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<string[]>(3),
                Utc(reader.GetDateTime(4)),
                reader.IsDBNull(5) ? null : Utc(reader.GetDateTime(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return endpoints;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
