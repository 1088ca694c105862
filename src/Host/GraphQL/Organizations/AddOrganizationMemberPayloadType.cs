namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AddOrganizationMemberPayloadType() : OrganizationPayloadType("AddOrganizationMemberPayload");
