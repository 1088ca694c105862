using GraphQL.Types;
using TwoStep.Application.Users;

namespace TwoStep.Host.GraphQL.Types;

/// <summary>
/// A user's two-step status. Only ever resolved for the user's own account, so the phone
/// number is shown in full; any view of another user must mask it (PhoneNumber.Mask).
/// </summary>
public sealed class TwoStepType : ObjectGraphType<TwoStepStatus>
{
    public TwoStepType()
    {
        Name = "TwoStep";

        Field<NonNullGraphType<BooleanGraphType>>("enabled").Resolve(context => context.Source.Enabled);
        Field<StringGraphType>("phoneNumber")
            .Description("The enrolled number in E.164 form.")
            .Resolve(context => context.Source.PhoneNumber);
        Field<UtcDateTimeGraphType>("enabledAt").Resolve(context => context.Source.EnabledAt);
        Field<NonNullGraphType<IntGraphType>>("recoveryCodesRemaining")
            .Resolve(context => context.Source.RecoveryCodesRemaining);
    }
}
