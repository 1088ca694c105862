using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>
/// A live feed of the organization's requirement changes, for the organization's admins only
/// (<c>FORBIDDEN</c> for anyone else).
/// </summary>
public sealed record WatchRequirementChangesQuery(Actor Actor, string OrganizationId)
    : IQuery<IObservable<RequirementChanged>>;
