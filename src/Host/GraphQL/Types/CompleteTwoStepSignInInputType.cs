using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Types;

public sealed class CompleteTwoStepSignInInputType : InputObjectGraphType<CompleteTwoStepSignInInput>
{
    public CompleteTwoStepSignInInputType()
    {
        Name = "CompleteTwoStepSignInInput";
        Description = "Exactly one of the two.";

        Field<StringGraphType>("code").Description("The six-digit code from the SMS.");
        Field<StringGraphType>("recoveryCode").Description("One of the single-use recovery codes.");
    }
}
