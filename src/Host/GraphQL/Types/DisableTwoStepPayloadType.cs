using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Types;

public sealed class DisableTwoStepPayloadType : ObjectGraphType<DisableTwoStepPayload>
{
    public DisableTwoStepPayloadType()
    {
        Name = "DisableTwoStepPayload";

        Field<NonNullGraphType<TwoStepType>>("twoStep").Resolve(context => context.Source.User.TwoStep);
        Field<NonNullGraphType<UserType>>("user").Resolve(context => context.Source.User);
    }
}
