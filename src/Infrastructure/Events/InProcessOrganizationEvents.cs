using Microsoft.Extensions.Logging;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Infrastructure.Events;

/// <summary>
/// Organization events handed from the outbox relay to the subscribers of this process. Each
/// subscriber has its own queue, so the relay never waits for one.
/// </summary>
internal sealed class InProcessOrganizationEvents(ILogger<InProcessOrganizationEvents> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<EventSubscriber>> _subscribers = new(StringComparer.Ordinal);

    public void Publish(OrganizationEvent organizationEvent)
    {
        ArgumentNullException.ThrowIfNull(organizationEvent);

        EventSubscriber[] current;
        lock (_gate)
        {
            current = _subscribers.TryGetValue(organizationEvent.OrganizationId, out var list) ? [.. list] : [];
        }

        foreach (var subscriber in current)
        {
            if (!subscriber.Offer(organizationEvent))
            {
                EventLog.SubscriberTooSlow(logger, organizationEvent.OrganizationId);
            }
        }
    }

    public bool HasSubscribers(string organizationId)
    {
        lock (_gate)
        {
            return _subscribers.ContainsKey(organizationId);
        }
    }

    public IObservable<T> Watch<T>(string organizationId)
        where T : OrganizationEvent =>
        new OrganizationFeed<T>(this, organizationId);

    internal IDisposable Add(string organizationId, EventSubscriber subscriber)
    {
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(organizationId, out var list))
            {
                list = [];
                _subscribers[organizationId] = list;
            }

            list.Add(subscriber);
        }

        return new Unsubscriber(() => Remove(organizationId, subscriber));
    }

    private void Remove(string organizationId, EventSubscriber subscriber)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(organizationId, out var list)
                && list.Remove(subscriber)
                && list.Count == 0)
            {
                _subscribers.Remove(organizationId);
            }
        }

        subscriber.Stop();
    }
}
