using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

public sealed class WatchComplianceChangesHandler(IGrainFactory grains, IOrganizationEvents events)
    : IQueryHandler<WatchComplianceChangesQuery, IObservable<MemberComplianceChanged>>
{
    public async ValueTask<IObservable<MemberComplianceChanged>> Handle(
        WatchComplianceChangesQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await WatcherAccess.EnsureMayWatchAsync(grains, query.Watcher, query.OrganizationId);

        return await events.WatchAsync<MemberComplianceChanged>(query.OrganizationId, cancellationToken);
    }
}
