using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Infrastructure.Integrations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Events;

/// <summary>
/// Feeds this process's subscribers from the event outbox, whichever process recorded the events.
/// It listens for the outbox's notifications (sent on commit) and reads each followed organization
/// past its cursor; it also reads every few seconds, so a notification lost with a connection costs
/// a delay, never an event.
/// </summary>
internal sealed class OutboxEventRelay(
    OutboxEventReader reader,
    InProcessOrganizationEvents hub,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    ILogger<OutboxEventRelay> logger) : BackgroundService
{
    private const int BatchSize = 256;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    // An organization nobody here follows any more is forgotten after a while.
    private static readonly TimeSpan Linger = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FollowedOrganization> _followed = new(StringComparer.Ordinal);

    /// <summary>Starts following the organization from its latest event, unless it is followed already.</summary>
    public async Task FollowAsync(string organizationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_followed.TryGetValue(organizationId, out var followed))
            {
                _followed[organizationId] = followed with { Since = time.GetUtcNow() };
                return;
            }
        }

        var latest = await reader.LatestAsync(organizationId, cancellationToken);
        lock (_gate)
        {
            _followed.TryAdd(organizationId, new FollowedOrganization(latest, time.GetUtcNow()));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                EventLog.RelayFailed(logger, exception);
                await Task.Delay(ReconnectDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var connectionString = options.Value.ConnectionString
            ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {IntegratorEventOutbox.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await RelayAsync(stoppingToken);

            // Returns on the next notification (or any already queued), or after the poll interval.
            await connection.WaitAsync(PollInterval, stoppingToken);
        }
    }

    private async Task RelayAsync(CancellationToken cancellationToken)
    {
        while (Cursors() is { Count: > 0 } cursors)
        {
            var events = await reader.ReadAsync(cursors, BatchSize, cancellationToken);
            foreach (var stored in events)
            {
                if (OutboxEventMapper.Map(stored) is { } organizationEvent)
                {
                    hub.Publish(organizationEvent);
                }

                Advance(stored.OrganizationId, stored.Position);
            }

            if (events.Count < BatchSize)
            {
                return;
            }
        }
    }

    private Dictionary<string, long> Cursors()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var (organizationId, followed) in _followed.ToList())
            {
                if (now - followed.Since > Linger && !hub.HasSubscribers(organizationId))
                {
                    _followed.Remove(organizationId);
                }
            }

            return _followed.ToDictionary(pair => pair.Key, pair => pair.Value.Position, StringComparer.Ordinal);
        }
    }

    private void Advance(string organizationId, long position)
    {
        lock (_gate)
        {
            if (_followed.TryGetValue(organizationId, out var followed) && followed.Position < position)
            {
                _followed[organizationId] = followed with { Position = position };
            }
        }
    }

    private sealed record FollowedOrganization(long Position, DateTimeOffset Since);
}
