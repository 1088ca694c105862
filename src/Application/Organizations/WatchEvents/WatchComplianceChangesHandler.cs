using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

public sealed class WatchComplianceChangesHandler(WatchedFeeds feeds)
    : IQueryHandler<WatchComplianceChangesQuery, IObservable<MemberComplianceChanged>>
{
    public async ValueTask<IObservable<MemberComplianceChanged>> Handle(
        WatchComplianceChangesQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        return await feeds.OpenAsync<MemberComplianceChanged>(query.Watcher, query.OrganizationId, cancellationToken);
    }
}
