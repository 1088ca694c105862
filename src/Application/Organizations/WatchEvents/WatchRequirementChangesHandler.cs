using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

public sealed class WatchRequirementChangesHandler(WatchedFeeds feeds)
    : IQueryHandler<WatchRequirementChangesQuery, IObservable<RequirementChanged>>
{
    public async ValueTask<IObservable<RequirementChanged>> Handle(
        WatchRequirementChangesQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        return await feeds.OpenAsync<RequirementChanged>(query.Watcher, query.OrganizationId, cancellationToken);
    }
}
