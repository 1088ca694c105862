namespace TwoStep.Host.GraphQL.Organizations;

public sealed class RemoveOrganizationMemberPayloadType() : OrganizationPayloadType("RemoveOrganizationMemberPayload");
