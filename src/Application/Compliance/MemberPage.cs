namespace TwoStep.Application.Compliance;

/// <summary>One page of members, how many match in all, and whether more follow.</summary>
public sealed record MemberPage(IReadOnlyList<ComplianceMember> Members, int TotalCount, bool HasNextPage);
