using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TwoStep.Application.Integrations;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// Sends due deliveries, at least once: a delivery stays pending until an attempt succeeds, and a
/// process that dies holding one leaves it to another once the lease runs out. A failure waits
/// the next delay of the schedule; after the last one, or on <c>410 Gone</c>, the endpoint is disabled.
/// </summary>
internal sealed class WebhookDispatcher(
    WebhookDeliveryStore store,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 32;

    private WebhookOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.DispatchEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Options.PollInterval);
        do
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                WebhookLog.RoundFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task DispatchDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await store.ClaimAsync(BatchSize, Options.LeaseDuration, cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            await Task.WhenAll(batch.Select(delivery => DeliverAsync(delivery, cancellationToken)));
        }
    }

    private async Task DeliverAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(delivery, cancellationToken);
        var eventId = IntegratorEventIds.Format(delivery.EventId);

        if (outcome.Succeeded)
        {
            var held = await store.DeliveredAsync(delivery, outcome.Status!.Value, cancellationToken);
            WebhookLog.Delivered(logger, eventId, delivery.EndpointId, delivery.Attempts);
            WarnUnless(held, delivery, eventId);
            return;
        }

        var schedule = Options.EffectiveRetrySchedule;
        if (outcome.Gone || delivery.Attempts > schedule.Count)
        {
            var reason = outcome.Gone
                ? "The receiver answered 410 Gone."
                : $"Event {eventId} failed {delivery.Attempts} times; the last attempt: {outcome.Describe()}";
            var disabled = await store.GiveUpAsync(delivery, outcome, reason, cancellationToken);
            if (disabled)
            {
                WebhookLog.EndpointDisabled(logger, delivery.EndpointId, reason);
            }

            WarnUnless(disabled, delivery, eventId);
            return;
        }

        var delay = schedule[delivery.Attempts - 1];
        var scheduled = await store.RetryLaterAsync(delivery, delay, outcome, cancellationToken);
        WebhookLog.WillRetry(logger, eventId, delivery.EndpointId, delivery.Attempts, outcome.Describe(), delay);
        WarnUnless(scheduled, delivery, eventId);
    }

    private void WarnUnless(bool leaseHeld, ClaimedDelivery delivery, string eventId)
    {
        if (!leaseHeld)
        {
            WebhookLog.LeaseLost(logger, eventId, delivery.EndpointId);
        }
    }
}
