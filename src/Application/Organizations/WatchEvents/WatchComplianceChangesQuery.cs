using Mediator;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Application.Organizations.WatchEvents;

/// <summary>
/// A live feed of the members' compliance changes (joined, left, enrolled, unenrolled), for the
/// organization's admins and its integrator keys (<c>FORBIDDEN</c> for anyone else).
/// </summary>
public sealed record WatchComplianceChangesQuery(Watcher Watcher, string OrganizationId)
    : IQuery<IObservable<MemberComplianceChanged>>;
