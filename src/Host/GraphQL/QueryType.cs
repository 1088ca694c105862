using GraphQL.Types;
using TwoStep.Application.Users.GetMe;
using TwoStep.Host.GraphQL.Integrations;
using TwoStep.Host.GraphQL.Organizations;
using TwoStep.Host.GraphQL.Types;
using TwoStep.Host.GraphQL.Webhooks;

namespace TwoStep.Host.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<NonNullGraphType<UserType>>("me")
            .Description("The signed-in user.")
            .ResolveAsync(async context =>
            {
                var query = new GetMeQuery(context.RequireCaller());
                return await context.Mediator().Send(query, context.CancellationToken);
            });

        this.AddOrganizationQueries();
        this.AddWebhookQueries();
        this.AddIntegratorQueries();
        this.AddEventQueries();
    }
}
