using GraphQL.Types;
using TwoStep.Application.Integrations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Integrations;

public sealed class IntegratorKeyType : ObjectGraphType<IntegratorKey>
{
    public IntegratorKeyType()
    {
        Name = "IntegratorKey";
        Description = "A key an integrator uses to follow and read one organization's events, and nothing else.";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("organizationId").Resolve(context => context.Source.OrganizationId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<IdGraphType>>("createdBy")
            .Description("The user id of the admin who issued it.")
            .Resolve(context => context.Source.CreatedBy);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("revokedAt").Resolve(context => context.Source.RevokedAt);
        Field<NonNullGraphType<BooleanGraphType>>("active").Resolve(context => context.Source.Active);
    }
}
