using Mediator;

namespace TwoStep.Application.Compliance.RebuildCompliance;

/// <summary>
/// Recreates the compliance read model (rows and counters) of every organization from its grain's
/// state. An operator's command: it is not offered to callers of the API.
/// </summary>
public sealed record RebuildComplianceCommand : ICommand<ComplianceRebuilt>;
