using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Organizations;

/// <summary>Drives organizations the way a frontend and the product's request pipeline do.</summary>
internal sealed class OrganizationClient(HostFixture host)
{
    public const string Allowed = "ALLOWED";

    private const string Create = """
        mutation Create($name: String!) {
          createOrganization(input: { name: $name }) { organization { id name twoStepRequired } }
        }
        """;

    private const string Add = """
        mutation Add($organizationId: ID!, $userId: ID!, $roles: [OrganizationRole!], $email: String) {
          addOrganizationMember(input: {
            organizationId: $organizationId, userId: $userId, roles: $roles, email: $email
          }) { organization { id twoStepRequired } }
        }
        """;

    private const string Remove = """
        mutation Remove($organizationId: ID!, $userId: ID!) {
          removeOrganizationMember(input: { organizationId: $organizationId, userId: $userId }) {
            organization { id }
          }
        }
        """;

    private const string SetRoles = """
        mutation SetRoles($organizationId: ID!, $userId: ID!, $roles: [OrganizationRole!]!) {
          setOrganizationMemberRoles(input: { organizationId: $organizationId, userId: $userId, roles: $roles }) {
            organization { id }
          }
        }
        """;

    private const string Require = """
        mutation Require($organizationId: ID!, $required: Boolean!) {
          setOrganizationTwoStepRequirement(input: { organizationId: $organizationId, required: $required }) {
            organization { id twoStepRequired }
          }
        }
        """;

    private const string Access = """
        query Access($organizationId: ID!) { organizationAccess(organizationId: $organizationId) { allowed reason } }
        """;

    private const string StartEnrollment = """
        mutation Start($phone: String!) { startTwoStepEnrollment(input: { phoneNumber: $phone }) { expiresAt } }
        """;

    private const string ConfirmEnrollment = """
        mutation Confirm($code: String!) { confirmTwoStepEnrollment(input: { code: $code }) { recoveryCodes } }
        """;

    private const string StartSignIn = "mutation { startTwoStepSignIn { expiresAt } }";

    private const string CompleteSignIn = """
        mutation Complete($code: String) { completeTwoStepSignIn(input: { code: $code }) { twoStepToken } }
        """;

    private static readonly string[] SmsMethod = ["sms"];

    private static int _phones;

    public static string NewUserId() => $"user-{Guid.NewGuid():N}";

    public string Token(string userId, string idp = "password") => host.FreshToken(userId, idp);

    public async Task<string> CreateAsync(string ownerId, string name = "Acme")
    {
        var answer = await host.Client.PostGraphQLAsync(Create, new { name }, Token(ownerId));
        Assert.Empty(answer.Errors);
        return answer.Data.GetProperty("createOrganization").GetProperty("organization").GetProperty("id").GetString()!;
    }

    public Task<GraphQLAnswer> AddMemberAsync(
        string token,
        string organizationId,
        string userId,
        string[]? roles = null,
        string? email = null) =>
        host.Client.PostGraphQLAsync(Add, new { organizationId, userId, roles, email }, token);

    public Task<GraphQLAnswer> RemoveMemberAsync(string token, string organizationId, string userId) =>
        host.Client.PostGraphQLAsync(Remove, new { organizationId, userId }, token);

    public Task<GraphQLAnswer> SetRolesAsync(
        string token,
        string organizationId,
        string userId,
        params string[] roles) =>
        host.Client.PostGraphQLAsync(SetRoles, new { organizationId, userId, roles }, token);

    public Task<GraphQLAnswer> SetRequirementAsync(string token, string organizationId, bool required) =>
        host.Client.PostGraphQLAsync(Require, new { organizationId, required }, token);

    /// <summary>
    /// Turns two-step on for the user through GraphQL, with the code Plivo was asked to send;
    /// returns the enrolled number.
    /// </summary>
    public async Task<string> EnrollAsync(string userId)
    {
        var number = Interlocked.Increment(ref _phones);
        var phone = string.Create(CultureInfo.InvariantCulture, $"+4474006{number:D5}");
        var token = Token(userId);

        var started = await host.Client.PostGraphQLAsync(StartEnrollment, new { phone }, token);
        Assert.Empty(started.Errors);
        var code = host.Plivo.LatestCodeTo(phone);
        var confirmed = await host.Client.PostGraphQLAsync(ConfirmEnrollment, new { code }, token);
        Assert.Empty(confirmed.Errors);
        return phone;
    }

    /// <summary>Enrolls the user, then passes the sign-in challenge; returns the two-step token.</summary>
    public async Task<string> TwoStepTokenAsync(string userId)
    {
        var phone = await EnrollAsync(userId);

        // One code per user every 30 seconds: the challenge comes after the enrollment's code.
        host.Clock.Advance(TimeSpan.FromSeconds(31));
        return await PassTwoStepAsync(userId, phone);
    }

    /// <summary>
    /// Signs the enrolled user in afresh and passes the challenge sent to <paramref name="phone"/>;
    /// returns the two-step token. Their last code must be more than 30 seconds old.
    /// </summary>
    public async Task<string> PassTwoStepAsync(string userId, string phone)
    {
        var token = Token(userId);
        var started = await host.Client.PostGraphQLAsync(StartSignIn, token: token);
        Assert.Empty(started.Errors);
        var code = host.Plivo.LatestCodeTo(phone);
        var completed = await host.Client.PostGraphQLAsync(CompleteSignIn, new { code }, token);
        Assert.Empty(completed.Errors);
        return completed.Data.GetProperty("completeTwoStepSignIn").GetProperty("twoStepToken").GetString()!;
    }

    /// <summary>
    /// A token of the identity provider that claims a second step (<c>amr</c>, <c>two_step_time</c>)
    /// it never passed at TwoStep.
    /// </summary>
    public string ForgedTwoStepClaims(string userId)
    {
        var now = host.Clock.GetUtcNow().ToUnixTimeSeconds();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = TestTokens.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId,
                ["idp"] = "password",
                ["auth_time"] = now,
                ["amr"] = SmsMethod,
                ["two_step_time"] = now,
            },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestTokens.SigningKey)),
                SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The decision over GraphQL: <see cref="Allowed"/> or the reason.</summary>
    public async Task<string> AccessOverGraphQLAsync(string token, string organizationId)
    {
        var answer = await host.Client.PostGraphQLAsync(Access, new { organizationId }, token);
        Assert.Empty(answer.Errors);
        var decision = answer.Data.GetProperty("organizationAccess");
        var allowed = decision.GetProperty("allowed").GetBoolean();
        var reason = decision.GetProperty("reason");
        Assert.Equal(allowed, reason.ValueKind == JsonValueKind.Null);
        return allowed ? Allowed : reason.GetString()!;
    }

    /// <summary>The plain endpoint's answer: status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> AccessOverHttpAsync(
        string? token,
        string organizationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/organizations/{organizationId}/access");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body, response);
    }

    /// <summary>The decision, asked over GraphQL and over the plain endpoint, which must agree.</summary>
    public async Task<string> DecisionAsync(string token, string organizationId)
    {
        var overGraphQL = await AccessOverGraphQLAsync(token, organizationId);
        var (status, body, response) = await AccessOverHttpAsync(token, organizationId);
        response.Dispose();

        Assert.Equal(HttpStatusCode.OK, status);
        var expected = overGraphQL == Allowed
            ? """{"allowed":true}"""
            : $$"""{"allowed":false,"reason":"{{overGraphQL}}"}""";
        Assert.Equal(expected, body);
        return overGraphQL;
    }
}
