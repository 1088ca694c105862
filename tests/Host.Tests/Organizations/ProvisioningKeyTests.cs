using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Organizations.OrganizationClient;

namespace TwoStep.Host.Tests.Organizations;

/// <summary>A configured provisioning key syncs memberships as an admin would, and is audited as itself.</summary>
public sealed class ProvisioningKeyTests(ProvisioningHostFixture host) : IClassFixture<ProvisioningHostFixture>
{
    private const string Add = """
        mutation Add($organizationId: ID!, $userId: ID!, $roles: [OrganizationRole!]) {
          addOrganizationMember(input: { organizationId: $organizationId, userId: $userId, roles: $roles }) {
            organization { id name }
          }
        }
        """;

    private const string AuditLog = """
        query Audit($id: ID!) {
          organization(id: $id) { name auditLog(first: 1) { edges { node { actorId credential action subjectId } } } }
        }
        """;

    private readonly OrganizationClient _client = new(host);

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("Authorization")]
    public async Task A_provisioning_key_adds_members_where_two_step_is_required(string header)
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.EnrollAsync(owner);
        await _client.SetRequirementAsync(_client.Token(owner), id, true);

        var added = await WithKeyAsync(header, Add, new { organizationId = id, userId = member });

        Assert.Empty(added.Errors);
        Assert.Equal("Acme", added.Data.GetProperty("addOrganizationMember").GetProperty("organization")
            .GetProperty("name").GetString());
        Assert.Equal("ENROLLMENT_REQUIRED", await _client.DecisionAsync(_client.Token(member), id));
    }

    [Fact]
    public async Task A_provisioning_key_changes_roles_and_removes_members_and_is_audited_as_itself()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.CreateAsync(owner);
        await _client.AddMemberAsync(_client.Token(owner), id, member);
        const string setRoles = """
            mutation SetRoles($organizationId: ID!, $userId: ID!) {
              setOrganizationMemberRoles(input: {
                organizationId: $organizationId, userId: $userId, roles: [USER_ADMIN, ORGANIZATION_ADMIN]
              }) { organization { id } }
            }
            """;
        const string remove = """
            mutation Remove($organizationId: ID!, $userId: ID!) {
              removeOrganizationMember(input: { organizationId: $organizationId, userId: $userId }) {
                organization { id }
              }
            }
            """;

        var promoted = await WithKeyAsync("X-Api-Key", setRoles, new { organizationId = id, userId = member });
        var removed = await WithKeyAsync("X-Api-Key", remove, new { organizationId = id, userId = owner });
        var audit = await WithKeyAsync("X-Api-Key", AuditLog, new { id });

        Assert.Empty(promoted.Errors);
        Assert.Empty(removed.Errors);
        var node = audit.Data.GetProperty("organization").GetProperty("auditLog").GetProperty("edges")[0]
            .GetProperty("node");
        Assert.Equal($"provisioning:{ProvisioningHostFixture.KeyName}", node.GetProperty("actorId").GetString());
        Assert.Equal("PROVISIONING_KEY", node.GetProperty("credential").GetString());
        Assert.Equal("member.removed", node.GetProperty("action").GetString());
        Assert.Equal(owner, node.GetProperty("subjectId").GetString());
        Assert.Equal("NOT_A_MEMBER", await _client.DecisionAsync(_client.Token(owner), id));
    }

    [Fact]
    public async Task A_provisioning_key_may_neither_create_organizations_nor_switch_the_requirement()
    {
        var owner = NewUserId();
        var id = await _client.CreateAsync(owner);
        const string create = """mutation { createOrganization(input: { name: "Synced" }) { organization { id } } }""";
        const string require = """
            mutation Require($id: ID!) {
              setOrganizationTwoStepRequirement(input: { organizationId: $id, required: true }) {
                organization { twoStepRequired }
              }
            }
            """;

        var created = await WithKeyAsync("X-Api-Key", create, null);
        var required = await WithKeyAsync("X-Api-Key", require, new { id });

        Assert.Equal("FORBIDDEN", created.ErrorCode);
        Assert.Equal("FORBIDDEN", required.ErrorCode);
    }

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("Authorization")]
    public async Task A_wrong_key_is_UNAUTHENTICATED(string header)
    {
        var id = await _client.CreateAsync(NewUserId());

        var variables = new { organizationId = id, userId = "x" };

        var answer = await WithKeyAsync(header, Add, variables, key: "tsk_not-the-configured-key");

        Assert.Equal("UNAUTHENTICATED", answer.ErrorCode);
    }

    [Fact]
    public async Task A_provisioning_key_is_no_user()
    {
        var answer = await WithKeyAsync("X-Api-Key", "{ me { id } }", null);

        Assert.Equal("UNAUTHENTICATED", answer.ErrorCode);
    }

    [Fact]
    public async Task A_token_that_names_the_key_claim_is_no_provisioning_key()
    {
        var id = await _client.CreateAsync(NewUserId());
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = TestTokens.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "intruder",
                ["twostep:provisioning_key"] = ProvisioningHostFixture.KeyName,
            },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestTokens.SigningKey)),
                SecurityAlgorithms.HmacSha256),
        });

        var answer = await host.Client.PostGraphQLAsync(Add, new { organizationId = id, userId = "intruder" }, token);

        Assert.Equal("FORBIDDEN", answer.ErrorCode);
    }

    private async Task<GraphQLAnswer> WithKeyAsync(
        string header,
        string query,
        object? variables,
        string key = ProvisioningHostFixture.Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new StringContent(
            JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("Accept", GraphQLClient.GraphQLResponse);
        if (header == "Authorization")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else
        {
            request.Headers.Add(header, key);
        }

        using var response = await host.Client.SendAsync(request);
        return new GraphQLAnswer(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            [],
            await response.Content.ReadAsStringAsync());
    }
}
