using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class RemoveOrganizationMemberInputType : InputObjectGraphType<RemoveOrganizationMemberInput>
{
    public RemoveOrganizationMemberInputType()
    {
        Name = "RemoveOrganizationMemberInput";

        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<IdGraphType>>("userId");
    }
}
