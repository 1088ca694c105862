namespace TwoStep.Host.GraphQL.Organizations;

public sealed class CreateOrganizationPayloadType() : OrganizationPayloadType("CreateOrganizationPayload");
