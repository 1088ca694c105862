using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Types;

public sealed class ConfirmTwoStepEnrollmentInputType : InputObjectGraphType<ConfirmTwoStepEnrollmentInput>
{
    public ConfirmTwoStepEnrollmentInputType()
    {
        Name = "ConfirmTwoStepEnrollmentInput";

        Field<NonNullGraphType<StringGraphType>>("code").Description("The six-digit code from the SMS.");
    }
}
