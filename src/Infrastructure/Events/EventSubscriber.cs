using System.Threading.Channels;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Infrastructure.Events;

/// <summary>
/// One subscriber's queue and the loop that empties it in order. A subscriber that falls
/// <see cref="Capacity"/> events behind is ended with an error rather than fed an incomplete feed.
/// </summary>
internal sealed class EventSubscriber
{
    public const int Capacity = 1024;

    private readonly Channel<OrganizationEvent> _queue = Channel.CreateBounded<OrganizationEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Action<OrganizationEvent> _next;
    private readonly Action<Exception> _error;

    public EventSubscriber(Action<OrganizationEvent> next, Action<Exception> error)
    {
        _next = next;
        _error = error;
        _ = Task.Run(DeliverAsync);
    }

    /// <summary>Queues the event; false (and the feed ended) when the subscriber is too far behind.</summary>
    public bool Offer(OrganizationEvent organizationEvent)
    {
        if (_queue.Writer.TryWrite(organizationEvent))
        {
            return true;
        }

        _queue.Writer.TryComplete(new InvalidOperationException("The subscriber fell too far behind the events."));
        return false;
    }

    public void Stop() => _queue.Writer.TryComplete();

    private async Task DeliverAsync()
    {
        try
        {
            await foreach (var organizationEvent in _queue.Reader.ReadAllAsync())
            {
                _next(organizationEvent);
            }
        }
        catch (InvalidOperationException exception)
        {
            _error(exception);
        }
    }
}
