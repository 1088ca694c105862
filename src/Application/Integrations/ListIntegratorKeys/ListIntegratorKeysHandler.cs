using Mediator;
using TwoStep.Application.Organizations.WatchEvents;

namespace TwoStep.Application.Integrations.ListIntegratorKeys;

public sealed class ListIntegratorKeysHandler(IGrainFactory grains, IIntegratorKeys keys)
    : IQueryHandler<ListIntegratorKeysQuery, IReadOnlyList<IntegratorKey>>
{
    public async ValueTask<IReadOnlyList<IntegratorKey>> Handle(
        ListIntegratorKeysQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        await WatcherAccess.EnsureMayWatchAsync(grains, Watcher.Of(query.Actor), query.OrganizationId);

        return await keys.ListAsync(query.OrganizationId, cancellationToken);
    }
}
