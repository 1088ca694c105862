namespace TwoStep.Application.Organizations;

/// <summary>
/// One change to an organization: who (<see cref="ActorId"/>), what (<see cref="Action"/>),
/// to whom (<see cref="SubjectId"/>) and when. <see cref="Sequence"/> orders an organization's entries.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string Action,
    [property: Id(4)] string? SubjectId,
    [property: Id(5)] string? Detail);
