using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using TwoStep.Application.Compliance;
using TwoStep.Application.Compliance.GetCompliance;
using TwoStep.Application.Compliance.GetMembers;
using TwoStep.Application.Organizations;

namespace TwoStep.Host.GraphQL.Compliance;

/// <summary>The compliance fields of <c>Organization</c>: counts and the member list, admins only.</summary>
internal static class ComplianceFields
{
    private const double ChildImpact = 0.1;

    public static void AddComplianceFields(this ObjectGraphType<OrganizationView> organization)
    {
        organization.Field<NonNullGraphType<ComplianceType>>("compliance")
            .Description("Members by two-step status; admins only (with two-step while it is required).")
            .ResolveAsync(async context =>
            {
                var query = new GetComplianceQuery(context.RequireActor(), context.Source.Id);
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        organization.Field<NonNullGraphType<MemberConnectionType>>("members")
            .Description("Members sorted by name then id, filtered and searched; admins only. "
                + "At most 100 a page: a larger first is BAD_USER_INPUT.")
            .Paged()
            .Argument<MemberFilterInputType>("filter")
            // One keyset query serves a whole page and no field of a member reads anything else, so a
            // member weighs a tenth of a separately resolved object (pages are bounded at 100).
            .WithComplexityImpact(1, ChildImpact)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<MemberFilterInput?>("filter");
                var after = context.After() is { } cursor ? MemberCursor.Decode(cursor) : null;
                var query = new GetMembersQuery(
                    context.RequireActor(),
                    context.Source.Id,
                    new MemberFilter(input?.Status, input?.Search),
                    context.First(),
                    after);
                var page = await context.Mediator().Send(query, context.CancellationToken);
                return Connection(page, after is not null);
            });
    }

    private static Connection<ComplianceMember> Connection(MemberPage page, bool continued) => new()
    {
        TotalCount = page.TotalCount,
        Edges = page.Members
            .Select(member => new Edge<ComplianceMember> { Cursor = member.Cursor.Encode(), Node = member })
            .ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = page.HasNextPage,
            HasPreviousPage = continued,
            StartCursor = page.Members.Count == 0 ? null : page.Members[0].Cursor.Encode(),
            EndCursor = page.Members.Count == 0 ? null : page.Members[^1].Cursor.Encode(),
        },
    };
}
