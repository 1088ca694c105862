namespace TwoStep.Application.Organizations.Events;

/// <summary>
/// Where organization events go once the change behind them is written, and where live
/// subscribers pick them up. Delivery is best effort and reaches subscribers of this process.
/// </summary>
public interface IOrganizationEvents
{
    /// <summary>Hands an event to the current subscribers of its organization; never blocks or throws.</summary>
    void Publish(OrganizationEvent organizationEvent);

    /// <summary>The events of type <typeparamref name="T"/> of one organization, from now on.</summary>
    IObservable<T> Watch<T>(string organizationId)
        where T : OrganizationEvent;
}
