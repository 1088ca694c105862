using TwoStep.Application.Organizations.Events;

namespace TwoStep.Infrastructure.Events;

/// <summary>The events of type <typeparamref name="T"/> of one organization, as an observable.</summary>
internal sealed class OrganizationFeed<T>(InProcessOrganizationEvents hub, string organizationId) : IObservable<T>
    where T : OrganizationEvent
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);

        var subscriber = new EventSubscriber(
            organizationEvent =>
            {
                if (organizationEvent is T wanted)
                {
                    observer.OnNext(wanted);
                }
            },
            observer.OnError);
        return hub.Add(organizationId, subscriber);
    }
}
