using Mediator;
using TwoStep.Application.Organizations.WatchEvents;

namespace TwoStep.Application.Integrations.ReadEvents;

/// <summary>
/// The organization's events after a position, oldest first, for its admins and integrator keys:
/// what a subscriber missed while away.
/// </summary>
public sealed record ReadOrganizationEventsQuery(Watcher Watcher, string OrganizationId, int First, long? After)
    : IQuery<RecordedEventPage>;
