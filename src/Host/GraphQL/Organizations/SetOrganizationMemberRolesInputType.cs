using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class SetOrganizationMemberRolesInputType : InputObjectGraphType<SetOrganizationMemberRolesInput>
{
    public SetOrganizationMemberRolesInputType()
    {
        Name = "SetOrganizationMemberRolesInput";

        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationRoleType>>>>("roles")
            .Description("The member's roles from now on; an empty list removes them all.");
    }
}
