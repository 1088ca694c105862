namespace TwoStep.Host.GraphQL.Organizations;

public sealed class SetOrganizationTwoStepRequirementPayloadType()
    : OrganizationPayloadType("SetOrganizationTwoStepRequirementPayload");
