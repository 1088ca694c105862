namespace TwoStep.Application.Webhooks;

/// <summary>
/// One event sent (or to be sent) to one endpoint: its state (<c>pending</c>, <c>delivered</c> or
/// <c>failed</c>), how many attempts were made and how the last one went.
/// </summary>
public sealed record WebhookDelivery(
    long Position,
    Guid Id,
    string EventId,
    string EventType,
    DateTimeOffset OccurredAt,
    string State,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatus,
    string? LastError,
    DateTimeOffset? DeliveredAt);
