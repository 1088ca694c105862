namespace TwoStep.Application.Organizations.Events;

/// <summary>
/// A member's standing in the organization changed: <see cref="Change"/> is <c>joined</c>,
/// <c>left</c>, <c>enrolled</c>, <c>unenrolled</c> or <c>sso_managed</c>; <see cref="Status"/> is the
/// member's two-step status after it (none once they left or when it is not known yet).
/// </summary>
public sealed record MemberComplianceChanged(
    string OrganizationId,
    DateTimeOffset OccurredAt,
    string UserId,
    string Change,
    string? Status)
    : OrganizationEvent(OrganizationId, OccurredAt);
