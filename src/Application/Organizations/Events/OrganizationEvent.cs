namespace TwoStep.Application.Organizations.Events;

/// <summary>
/// Something integrators of one organization are told about (SPEC, "Events for integrators").
/// <see cref="EventId"/> is the outbox id (<c>evt_</c>…), the same as the webhook-id of its deliveries.
/// </summary>
public abstract record OrganizationEvent(string OrganizationId, DateTimeOffset OccurredAt)
{
    public string EventId { get; init; } = string.Empty;
}
