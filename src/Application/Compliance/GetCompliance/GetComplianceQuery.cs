using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance.GetCompliance;

/// <summary>The organization's counts by two-step status; admins only.</summary>
public sealed record GetComplianceQuery(Actor Actor, string OrganizationId) : IQuery<ComplianceCounts>;
