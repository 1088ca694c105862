using GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class SetOrganizationTwoStepRequirementInputType
    : InputObjectGraphType<SetOrganizationTwoStepRequirementInput>
{
    public SetOrganizationTwoStepRequirementInputType()
    {
        Name = "SetOrganizationTwoStepRequirementInput";

        Field<NonNullGraphType<IdGraphType>>("organizationId");
        Field<NonNullGraphType<BooleanGraphType>>("required");
    }
}
