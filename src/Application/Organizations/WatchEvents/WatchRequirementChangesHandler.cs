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
        var organization = grains.GetGrain<IOrganizationGrain>(query.OrganizationId);

        var admission = await organization.EnsureMayWatchEvents(query.Actor);
        admission.Unwrap();

        return events.Watch<RequirementChanged>(query.OrganizationId);
    }
}
