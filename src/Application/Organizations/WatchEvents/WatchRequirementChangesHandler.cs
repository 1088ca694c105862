using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

public sealed class WatchRequirementChangesHandler(IGrainFactory grains, IOrganizationEvents events)
    : IQueryHandler<WatchRequirementChangesQuery, IObservable<RequirementChanged>>
{
    public async ValueTask<IObservable<RequirementChanged>> Handle(
        WatchRequirementChangesQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await WatcherAccess.EnsureMayWatchAsync(grains, query.Watcher, query.OrganizationId);

        return await events.WatchAsync<RequirementChanged>(query.OrganizationId, cancellationToken);
    }
}
