using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

public sealed class WatchEnrollmentChangesHandler(IGrainFactory grains, IOrganizationEvents events)
    : IQueryHandler<WatchEnrollmentChangesQuery, IObservable<EnrollmentChanged>>
{
    public async ValueTask<IObservable<EnrollmentChanged>> Handle(
        WatchEnrollmentChangesQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await WatcherAccess.EnsureMayWatchAsync(grains, query.Watcher, query.OrganizationId);

        return await events.WatchAsync<EnrollmentChanged>(query.OrganizationId, cancellationToken);
    }
}
