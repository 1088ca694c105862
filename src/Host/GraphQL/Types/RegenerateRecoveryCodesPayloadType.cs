using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Types;

public sealed class RegenerateRecoveryCodesPayloadType : ObjectGraphType<RegenerateRecoveryCodesPayload>
{
    public RegenerateRecoveryCodesPayloadType()
    {
        Name = "RegenerateRecoveryCodesPayload";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recoveryCodes")
            .Description("The new single-use recovery codes, shown this once; the old ones no longer work.")
            .Resolve(context => context.Source.RecoveryCodes);
        Field<NonNullGraphType<TwoStepType>>("twoStep").Resolve(context => context.Source.User.TwoStep);
        Field<NonNullGraphType<UserType>>("user").Resolve(context => context.Source.User);
    }
}
