namespace TwoStep.Application.Organizations.Events;

/// <summary>Something integrators of one organization are told about (SPEC, "Events for integrators").</summary>
public abstract record OrganizationEvent(string OrganizationId, DateTimeOffset OccurredAt);
