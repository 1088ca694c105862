using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Compliance;

public sealed class MemberFilterInputType : InputObjectGraphType<MemberFilterInput>
{
    public MemberFilterInputType()
    {
        Name = "MemberFilter";

        Field<TwoStepStatusType>("status").Description("Only members with this status.");
        Field<StringGraphType>("search")
            .Description("Only members whose name or email starts with this, ignoring case (up to 200 characters).");
    }
}
