namespace TwoStep.Application.Organizations.Events;

/// <summary>A member of the organization turned two-step on or off.</summary>
public sealed record EnrollmentChanged(
    string OrganizationId,
    DateTimeOffset OccurredAt,
    string UserId,
    bool Enabled)
    : OrganizationEvent(OrganizationId, OccurredAt);
