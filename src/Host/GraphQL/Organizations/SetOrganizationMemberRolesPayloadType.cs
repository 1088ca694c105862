namespace TwoStep.Host.GraphQL.Organizations;

public sealed class SetOrganizationMemberRolesPayloadType()
    : OrganizationPayloadType("SetOrganizationMemberRolesPayload");
