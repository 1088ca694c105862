using TwoStep.Application.Organizations.Events;

namespace TwoStep.Infrastructure.Events;

/// <summary>Organization events for this process's subscribers, read from the outbox by the relay.</summary>
internal sealed class OutboxOrganizationEvents(OutboxEventRelay relay, InProcessOrganizationEvents hub)
    : IOrganizationEvents
{
    public async Task<IObservable<T>> WatchAsync<T>(string organizationId, CancellationToken cancellationToken)
        where T : OrganizationEvent
    {
        await relay.FollowAsync(organizationId, cancellationToken);

        return hub.Watch<T>(organizationId);
    }
}
