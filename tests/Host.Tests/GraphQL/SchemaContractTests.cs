using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using TwoStep.Host.GraphQL;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.GraphQL;

/// <summary>The names and shapes SPEC fixes; frontends and integrators rely on them.</summary>
public sealed class SchemaContractTests(HostFixture host) : IClassFixture<HostFixture>
{
    private string Sdl()
    {
        var schema = host.Services.GetRequiredService<TwoStepSchema>();
        return schema.Print(new PrintOptions { IncludeDescriptions = false });
    }

    [Theory]
    [InlineData("me: User!")]
    [InlineData("id: ID!")]
    [InlineData("email: String")]
    [InlineData("name: String")]
    [InlineData("twoStep: TwoStep!")]
    [InlineData("enabled: Boolean!")]
    [InlineData("phoneNumber: String")]
    [InlineData("enabledAt: DateTime")]
    [InlineData("recoveryCodesRemaining: Int!")]
    [InlineData("scalar DateTime")]
    [InlineData("startTwoStepEnrollment(input: StartTwoStepEnrollmentInput!): StartTwoStepEnrollmentPayload!")]
    [InlineData("confirmTwoStepEnrollment(input: ConfirmTwoStepEnrollmentInput!): ConfirmTwoStepEnrollmentPayload!")]
    [InlineData("phoneNumber: String!")]
    [InlineData("expiresAt: DateTime!")]
    [InlineData("code: String!")]
    [InlineData("recoveryCodes: [String!]!")]
    [InlineData("user: User!")]
    [InlineData("organization(id: ID!): Organization")]
    [InlineData("organizationAccess(organizationId: ID!): AccessDecision!")]
    [InlineData("twoStepRequired: Boolean!")]
    [InlineData("allowed: Boolean!")]
    [InlineData("reason: AccessDenialReason")]
    [InlineData("enum AccessDenialReason {\n  NOT_A_MEMBER\n  ENROLLMENT_REQUIRED\n  TWO_STEP_REQUIRED\n}")]
    [InlineData("enum OrganizationRole {\n  USER_ADMIN\n  ORGANIZATION_ADMIN\n}")]
    [InlineData("createOrganization(input: CreateOrganizationInput!): CreateOrganizationPayload!")]
    [InlineData("addOrganizationMember(input: AddOrganizationMemberInput!): AddOrganizationMemberPayload!")]
    [InlineData("removeOrganizationMember(input: RemoveOrganizationMemberInput!): RemoveOrganizationMemberPayload!")]
    [InlineData("setOrganizationMemberRoles(input: SetOrganizationMemberRolesInput!): "
        + "SetOrganizationMemberRolesPayload!")]
    [InlineData("setOrganizationTwoStepRequirement(input: SetOrganizationTwoStepRequirementInput!): "
        + "SetOrganizationTwoStepRequirementPayload!")]
    [InlineData("organization: Organization!")]
    [InlineData("roles: [OrganizationRole!]")]
    [InlineData("roles: [OrganizationRole!]!")]
    [InlineData("required: Boolean!")]
    [InlineData("auditLog(first: Int, after: String): AuditEntryConnection!")]
    [InlineData("edges: [AuditEntryEdge!]!")]
    [InlineData("pageInfo: PageInfo!")]
    [InlineData("totalCount: Int!")]
    [InlineData("startTwoStepSignIn: StartTwoStepSignInPayload!")]
    [InlineData("completeTwoStepSignIn(input: CompleteTwoStepSignInInput!): CompleteTwoStepSignInPayload!")]
    [InlineData("code: String\n")]
    [InlineData("recoveryCode: String\n")]
    [InlineData("twoStepToken: String!")]
    [InlineData("disableTwoStep: DisableTwoStepPayload!")]
    [InlineData("regenerateRecoveryCodes: RegenerateRecoveryCodesPayload!")]
    [InlineData("compliance: Compliance!")]
    [InlineData("members(first: Int, after: String, filter: MemberFilter): MemberConnection!")]
    [InlineData("memberCount: Int!")]
    [InlineData("enrolledCount: Int!")]
    [InlineData("notEnrolledCount: Int!")]
    [InlineData("ssoManagedCount: Int!")]
    [InlineData("input MemberFilter {\n  status: TwoStepStatus\n  search: String\n}")]
    [InlineData("twoStepStatus: TwoStepStatus!")]
    [InlineData("enum TwoStepStatus {\n  ENROLLED\n  NOT_ENROLLED\n  SSO_MANAGED\n}")]
    public void The_schema_keeps_the_names_SPEC_gives(string line)
    {
        Assert.Contains(line, Sdl(), StringComparison.Ordinal);
    }
}
