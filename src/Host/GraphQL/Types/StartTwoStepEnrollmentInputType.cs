using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Types;

public sealed class StartTwoStepEnrollmentInputType : InputObjectGraphType<StartTwoStepEnrollmentInput>
{
    public StartTwoStepEnrollmentInputType()
    {
        Name = "StartTwoStepEnrollmentInput";

        Field<NonNullGraphType<StringGraphType>>("phoneNumber")
            .Description("A mobile number with its country code, such as +1 555 123 4567.");
    }
}
