namespace TwoStep.Application.Integrations;

/// <summary>
/// An event as the outbox keeps it: its position (the order it was recorded in), its id (the
/// webhook-id of its deliveries), type, time and JSON data (the <c>data</c> of a webhook body).
/// </summary>
public sealed record RecordedEvent(long Position, string Id, string Type, DateTimeOffset OccurredAt, string Data);
