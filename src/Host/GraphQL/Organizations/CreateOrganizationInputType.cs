using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class CreateOrganizationInputType : InputObjectGraphType<CreateOrganizationInput>
{
    public CreateOrganizationInputType()
    {
        Name = "CreateOrganizationInput";

        Field<NonNullGraphType<StringGraphType>>("name").Description("1 to 200 characters.");
    }
}
