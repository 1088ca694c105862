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
        var organization = grains.GetGrain<IOrganizationGrain>(query.OrganizationId);

        var admission = await organization.EnsureMayWatchEvents(query.Actor);
        admission.Unwrap();

        return events.Watch<EnrollmentChanged>(query.OrganizationId);
    }
}
