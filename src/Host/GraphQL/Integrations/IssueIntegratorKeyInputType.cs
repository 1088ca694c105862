using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Integrations;

public sealed class IssueIntegratorKeyInputType : InputObjectGraphType<IssueIntegratorKeyInput>
{
    public IssueIntegratorKeyInputType()
    {
        Name = "IssueIntegratorKeyInput";

        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Who the key is for, 1 to 100 characters.");
    }
}
