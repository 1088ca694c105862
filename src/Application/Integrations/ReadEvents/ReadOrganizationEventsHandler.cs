using Mediator;
using TwoStep.Application.Organizations.WatchEvents;

namespace TwoStep.Application.Integrations.ReadEvents;

public sealed class ReadOrganizationEventsHandler(IGrainFactory grains, IRecordedEvents events)
    : IQueryHandler<ReadOrganizationEventsQuery, RecordedEventPage>
{
    public async ValueTask<RecordedEventPage> Handle(
        ReadOrganizationEventsQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await WatcherAccess.EnsureMayWatchAsync(grains, query.Watcher, query.OrganizationId);

        return await events.ReadAsync(query.OrganizationId, query.After ?? 0, query.First, cancellationToken);
    }
}
