using TwoStep.Application.Organizations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class HeldBackMemberConnectionType()
    : ConnectionGraphType<HeldBackMemberEdgeType, MemberView>("HeldBackMemberConnection");
