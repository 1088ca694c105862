namespace TwoStep.Application.Compliance;

/// <summary>
/// The compliance read model: members and counts per organization, kept in step with the
/// organization grains. It answers what was asked and decides nothing: callers authorize first.
/// </summary>
public interface IComplianceReadModel
{
    /// <summary>The counters of the organization (all zero when it has no rows).</summary>
    Task<ComplianceCounts> CountsAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="first"/> members after <paramref name="after"/>, by name then id.</summary>
    Task<MemberPage> PageAsync(
        string organizationId,
        MemberFilter filter,
        int first,
        MemberCursor? after,
        CancellationToken cancellationToken);

    /// <summary>Every member that matches, by name then id, read in batches.</summary>
    IAsyncEnumerable<ComplianceMember> StreamAsync(
        string organizationId,
        MemberFilter filter,
        CancellationToken cancellationToken);
}
