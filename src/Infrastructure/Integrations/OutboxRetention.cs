using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Infrastructure.Events;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Integrations;

/// <summary>
/// Once an hour, forgets events older than the retention period, with their settled webhook
/// deliveries (and those waiting for a disabled endpoint). An event an enabled endpoint still
/// waits for is kept until it is sent or given up.
/// </summary>
public sealed class OutboxRetention : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const string DeliveriesSql = """
        DELETE FROM webhook_deliveries delivery
        USING integrator_events event, webhook_endpoints endpoint
        WHERE event.position = delivery.event_position
          AND endpoint.id = delivery.endpoint_id
          AND event.occurred_at < now() - @keep
          AND (delivery.state <> 'pending' OR endpoint.disabled_at IS NOT NULL)
        """;

    private const string EventsSql = """
        DELETE FROM integrator_events event
        WHERE event.occurred_at < now() - @keep
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries delivery WHERE delivery.event_position = event.position)
        """;

    private readonly IOptions<DatabaseOptions> _database;
    private readonly IOptions<IntegratorEventOptions> _options;
    private readonly ILogger<OutboxRetention> _logger;

    internal OutboxRetention(
        IOptions<DatabaseOptions> database,
        IOptions<IntegratorEventOptions> options,
        ILogger<OutboxRetention> logger)
    {
        _database = database;
        _options = options;
        _logger = logger;
    }

    /// <summary>Deletes what the retention period lets go; returns how many events went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var connectionString = _database.Value.ConnectionString
            ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(DeliveriesSql, connection, transaction, cancellationToken);
        var events = await ExecuteAsync(EventsSql, connection, transaction, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return events;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                EventLog.PurgeFailed(_logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> ExecuteAsync(
        string sql,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("keep", _options.Value.RetentionPeriod);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
