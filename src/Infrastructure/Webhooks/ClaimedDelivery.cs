namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// A delivery this process holds the lease of, with what it needs to send it. <see cref="LeasedUntil"/>
/// identifies the lease: settling the delivery needs it to be still the delivery's lease.
/// <see cref="PreviousSealedSecret"/> is set for a day after a rotation: it signs too.
/// </summary>
internal sealed record ClaimedDelivery(
    Guid Id,
    Guid EndpointId,
    int Attempts,
    string Url,
    byte[] SealedSecret,
    Guid EventId,
    string EventType,
    DateTimeOffset OccurredAt,
    string Data,
    DateTime LeasedUntil,
    byte[]? PreviousSealedSecret);
