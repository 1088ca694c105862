using Mediator;

namespace TwoStep.Application.Compliance.RebuildCompliance;

/// <summary>
/// Recreates the compliance read model (rows and counters) of one organization, or of every
/// organization when <paramref name="OrganizationId"/> is null, from its grain's state; an unknown
/// organization is <c>NOT_FOUND</c>. An operator's command: it is not offered to callers of the API.
/// </summary>
public sealed record RebuildComplianceCommand(string? OrganizationId = null) : ICommand<ComplianceRebuilt>;
