using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

public sealed class WatchEnrollmentChangesHandler(WatchedFeeds feeds)
    : IQueryHandler<WatchEnrollmentChangesQuery, IObservable<EnrollmentChanged>>
{
    public async ValueTask<IObservable<EnrollmentChanged>> Handle(
        WatchEnrollmentChangesQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        return await feeds.OpenAsync<EnrollmentChanged>(query.Watcher, query.OrganizationId, cancellationToken);
    }
}
