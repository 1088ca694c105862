using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>
/// A live feed of the organization's requirement changes, for the organization's admins and its integrator keys
/// (<c>FORBIDDEN</c> for anyone else).
/// </summary>
public sealed record WatchRequirementChangesQuery(Watcher Watcher, string OrganizationId)
    : IQuery<IObservable<RequirementChanged>>;
