using GraphQL;
using GraphQL.Types;
using TwoStep.Application.Organizations.GetAccess;
using TwoStep.Application.Organizations.GetOrganization;

namespace TwoStep.Host.GraphQL.Organizations;

/// <summary>The organization fields of <c>Query</c>.</summary>
internal static class OrganizationQueryFields
{
    public static void AddOrganizationQueries(this ObjectGraphType query)
    {
        query.Field<OrganizationType>("organization")
            .Description("The organization, if you are a member of it; null otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var request = new GetOrganizationQuery(context.RequireActor(), context.GetArgument<string>("id"));
                return await context.Mediator().Send(request, context.CancellationToken);
            });

        query.Field<NonNullGraphType<AccessDecisionType>>("organizationAccess")
            .Description("Whether this session may use the organization; the same answer as "
                + "GET /organizations/{id}/access.")
            .Argument<NonNullGraphType<IdGraphType>>("organizationId")
            .ResolveAsync(async context =>
            {
                var request = new GetOrganizationAccessQuery(
                    context.RequireActor(), context.GetArgument<string>("organizationId"));
                return await context.Mediator().Send(request, context.CancellationToken);
            });
    }
}
