using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AddOrganizationMemberInputType : InputObjectGraphType<AddOrganizationMemberInput>
{
    public AddOrganizationMemberInputType()
    {
        Name = "AddOrganizationMemberInput";

        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<IdGraphType>>("userId")
            .Description("The member's user id (the sub of their tokens); they need not have used TwoStep yet.");
        Field<StringGraphType>("email");
        Field<StringGraphType>("name");
        Field<ListGraphType<NonNullGraphType<OrganizationRoleType>>>("roles")
            .Description("Left out: a new member gets none, an existing member keeps theirs.");
    }
}
