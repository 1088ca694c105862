namespace TwoStep.Infrastructure.Events;

/// <summary>One row of the event outbox: its position, public id, organization, type, time and JSON data.</summary>
internal sealed record OutboxEvent(
    long Position,
    string Id,
    string OrganizationId,
    string Type,
    DateTimeOffset OccurredAt,
    string Data);
