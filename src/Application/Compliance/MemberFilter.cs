using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Compliance;

/// <summary>Members with this status (any when null) whose name or email starts with the search.</summary>
public sealed record MemberFilter(MemberStatus? Status, string? Search)
{
    public const int MaxSearchLength = 200;

    public static MemberFilter None { get; } = new(null, null);

    /// <summary>The search, trimmed; null when there is none. The read model ignores its case.</summary>
    public string? Prefix => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
}
