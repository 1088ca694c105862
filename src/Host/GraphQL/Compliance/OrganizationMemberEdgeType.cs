using TwoStep.Application.Compliance;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Compliance;

public sealed class OrganizationMemberEdgeType()
    : EdgeGraphType<OrganizationMemberType, ComplianceMember>("OrganizationMemberEdge");
