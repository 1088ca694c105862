namespace TwoStep.Application.Organizations;

/// <summary>
/// One change to an organization: who (<see cref="ActorId"/>), what (<see cref="Action"/>),
/// to whom (<see cref="SubjectId"/>), when, and from which <see cref="Credential"/> (none for a
/// change the member's own account reported, such as an enrollment). <see cref="Sequence"/>
/// orders an organization's entries. <see cref="Member"/> is the member as the change left them
/// (none for a removal or an organization-wide change), for read models kept in step with the log.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string Action,
    [property: Id(4)] string? SubjectId,
    [property: Id(5)] string? Detail,
    [property: Id(6)] ActorCredential? Credential = null,
    [property: Id(7)] MemberView? Member = null);
