using TwoStep.Application.Compliance;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Compliance;

public sealed class MemberConnectionType()
    : ConnectionGraphType<OrganizationMemberEdgeType, ComplianceMember>("MemberConnection");
