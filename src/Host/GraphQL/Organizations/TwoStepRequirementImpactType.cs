using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TwoStep.Application.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class TwoStepRequirementImpactType : ObjectGraphType<RequirementImpact>
{
    public TwoStepRequirementImpactType()
    {
        Name = "TwoStepRequirementImpact";
        Description = "What requiring two-step would do to the organization's members.";

        Field<NonNullGraphType<BooleanGraphType>>("adminEnrolled")
            .Description("Whether the asking admin has turned on two-step (needed to require it).")
            .Resolve(context => context.Source.AdminEnrolled);
        Field<NonNullGraphType<IntGraphType>>("heldBackCount")
            .Description("How many members would be held back until they turn on two-step.")
            .Resolve(context => context.Source.HeldBackCount);
        Field<NonNullGraphType<HeldBackMemberConnectionType>>("heldBack")
            .Description("One page of those members, ordered by user id.")
            .Resolve(context => Connection(context.Source));
    }

    private static Connection<MemberView> Connection(RequirementImpact impact) => new()
    {
        TotalCount = impact.HeldBackCount,
        Edges = impact.HeldBack
            .Select(member => new Edge<MemberView> { Cursor = member.UserId, Node = member })
            .ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = impact.HasNextPage,
            StartCursor = impact.HeldBack.Count == 0 ? null : impact.HeldBack[0].UserId,
            EndCursor = impact.EndCursor,
        },
    };
}
