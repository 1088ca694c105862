using TwoStep.Application.Organizations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class HeldBackMemberEdgeType() : EdgeGraphType<HeldBackMemberType, MemberView>("HeldBackMemberEdge");
