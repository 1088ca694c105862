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
    [InlineData("startTwoStepSignIn: StartTwoStepSignInPayload!")]
    [InlineData("completeTwoStepSignIn(input: CompleteTwoStepSignInInput!): CompleteTwoStepSignInPayload!")]
    [InlineData("code: String\n")]
    [InlineData("recoveryCode: String\n")]
    [InlineData("twoStepToken: String!")]
    [InlineData("disableTwoStep: DisableTwoStepPayload!")]
    [InlineData("regenerateRecoveryCodes: RegenerateRecoveryCodesPayload!")]
    public void The_schema_keeps_the_names_SPEC_gives(string line)
    {
        Assert.Contains(line, Sdl(), StringComparison.Ordinal);
    }
}
