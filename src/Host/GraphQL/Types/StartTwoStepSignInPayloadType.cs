using GraphQL.Types;
using TwoStep.Application.Users;

namespace TwoStep.Host.GraphQL.Types;

public sealed class StartTwoStepSignInPayloadType : ObjectGraphType<SignInStarted>
{
    public StartTwoStepSignInPayloadType()
    {
        Name = "StartTwoStepSignInPayload";

        Field<NonNullGraphType<StringGraphType>>("phoneNumber")
            .Description("Where the code went, masked: +1 ••• ••• 4567.")
            .Resolve(context => context.Source.MaskedPhoneNumber);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("expiresAt")
            .Description("When the code stops working.")
            .Resolve(context => context.Source.ExpiresAt);
    }
}
