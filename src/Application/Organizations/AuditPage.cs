namespace TwoStep.Application.Organizations;

/// <summary>Audit entries newest first; pass the last entry's sequence as <c>before</c> for the next page.</summary>
[GenerateSerializer, Immutable]
public sealed record AuditPage(
    [property: Id(0)] IReadOnlyList<AuditEntry> Entries,
    [property: Id(1)] bool HasNextPage);
