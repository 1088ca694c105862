namespace TwoStep.Application.Organizations;

/// <summary>
/// What requiring two-step would do: how many members would be held back, one page of them
/// (ordered by user id, <see cref="EndCursor"/> continues), and whether the asking admin is enrolled.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RequirementImpact(
    [property: Id(0)] int HeldBackCount,
    [property: Id(1)] IReadOnlyList<MemberView> HeldBack,
    [property: Id(2)] string? EndCursor,
    [property: Id(3)] bool HasNextPage,
    [property: Id(4)] bool AdminEnrolled);
