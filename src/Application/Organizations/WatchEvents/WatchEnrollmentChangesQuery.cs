using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>
/// A live feed of the members' enrollment changes, for the organization's admins only
/// (<c>FORBIDDEN</c> for anyone else).
/// </summary>
public sealed record WatchEnrollmentChangesQuery(Actor Actor, string OrganizationId)
    : IQuery<IObservable<EnrollmentChanged>>;
