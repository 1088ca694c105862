namespace TwoStep.Application.Organizations.Events;

/// <summary>An admin switched the organization's two-step requirement.</summary>
public sealed record RequirementChanged(
    string OrganizationId,
    DateTimeOffset OccurredAt,
    bool Required,
    string ChangedBy)
    : OrganizationEvent(OrganizationId, OccurredAt);
