using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Types;

public sealed class ConfirmTwoStepEnrollmentPayloadType : ObjectGraphType<ConfirmTwoStepEnrollmentPayload>
{
    public ConfirmTwoStepEnrollmentPayloadType()
    {
        Name = "ConfirmTwoStepEnrollmentPayload";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recoveryCodes")
            .Description("Single-use recovery codes, shown this once.")
            .Resolve(context => context.Source.RecoveryCodes);
        Field<NonNullGraphType<TwoStepType>>("twoStep").Resolve(context => context.Source.User.TwoStep);
        Field<NonNullGraphType<UserType>>("user").Resolve(context => context.Source.User);
    }
}
