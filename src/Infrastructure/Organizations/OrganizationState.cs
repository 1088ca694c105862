using TwoStep.Application.Organizations;
using TwoStep.Domain.Organizations;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// What the <c>Organization</c> grain persists: the organization, the user-side changes not yet
/// confirmed by the members' grains (user id → join or leave), and audit entries not yet appended.
/// </summary>
[GenerateSerializer]
public sealed class OrganizationState
{
    [Id(0)]
    public Organization? Organization { get; set; }

    [Id(1)]
    public Dictionary<string, bool> PendingLinks { get; set; } = [];

    [Id(2)]
    public long LastAuditSequence { get; set; }

    [Id(3)]
    public List<AuditEntry> PendingAudit { get; set; } = [];
}
