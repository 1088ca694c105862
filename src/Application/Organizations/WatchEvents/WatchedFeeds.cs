using TwoStep.Application.Integrations;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>Opens a feed for a watcher: admitted first, and bound to its integrator key if it has one.</summary>
public sealed class WatchedFeeds(
    IGrainFactory grains,
    IOrganizationEvents events,
    IIntegratorKeys keys,
    TimeProvider time)
{
    public async Task<IObservable<T>> OpenAsync<T>(
        Watcher watcher,
        string organizationId,
        CancellationToken cancellationToken)
        where T : OrganizationEvent
    {
        ArgumentNullException.ThrowIfNull(watcher);

        await WatcherAccess.EnsureMayWatchAsync(grains, watcher, organizationId);
        var feed = await events.WatchAsync<T>(organizationId, cancellationToken);

        return watcher.KeyId is { } keyId ? new KeyBoundFeed<T>(feed, keyId, keys, time) : feed;
    }
}
