using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance;

/// <summary>Replaces one organization's compliance rows and counters with the given members.</summary>
public interface IComplianceRebuild
{
    Task RebuildAsync(
        string organizationId,
        IReadOnlyCollection<MemberView> members,
        CancellationToken cancellationToken);
}
