using GraphQL.Types;
using TwoStep.Application.Users;

namespace TwoStep.Host.GraphQL.Types;

public sealed class StartTwoStepEnrollmentPayloadType : ObjectGraphType<EnrollmentStarted>
{
    public StartTwoStepEnrollmentPayloadType()
    {
        Name = "StartTwoStepEnrollmentPayload";

        Field<NonNullGraphType<StringGraphType>>("phoneNumber")
            .Description("The number the code went to, in E.164 form (shown to its owner only).")
            .Resolve(context => context.Source.PhoneNumber);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("expiresAt")
            .Description("When the code stops working.")
            .Resolve(context => context.Source.ExpiresAt);
    }
}
