using GraphQL.Types;
using TwoStep.Application.Users.GetMe;

namespace TwoStep.Host.GraphQL.Types;

public sealed class UserType : ObjectGraphType<CurrentUser>
{
    public UserType()
    {
        Name = "User";

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<StringGraphType>("email").Resolve(context => context.Source.Email);
        Field<StringGraphType>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<TwoStepType>>("twoStep").Resolve(context => context.Source.TwoStep);
    }
}
