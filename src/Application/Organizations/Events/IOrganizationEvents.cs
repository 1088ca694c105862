namespace TwoStep.Application.Organizations.Events;

/// <summary>
/// The organization events recorded by any process of the cluster (read from the event outbox),
/// for live subscribers of this process.
/// </summary>
public interface IOrganizationEvents
{
    /// <summary>
    /// The events of type <typeparamref name="T"/> of one organization recorded from now on, in the
    /// order they were recorded.
    /// </summary>
    Task<IObservable<T>> WatchAsync<T>(string organizationId, CancellationToken cancellationToken)
        where T : OrganizationEvent;
}
