using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TwoStep.Host.Tests.Organizations;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>Reads the compliance page and the CSV the way an admin's frontend does.</summary>
internal sealed class ComplianceClient(HostFixture host)
{
    public const string CountsQuery = """
        query Counts($id: ID!) {
          organization(id: $id) {
            compliance { memberCount enrolledCount notEnrolledCount ssoManagedCount enrolledShare }
          }
        }
        """;

    public const string MembersQuery = """
        query Members($id: ID!, $first: Int, $after: String, $filter: MemberFilter) {
          organization(id: $id) {
            members(first: $first, after: $after, filter: $filter) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges { cursor node { user { id name email } roles twoStepStatus enrolledAt maskedPhoneNumber } }
            }
          }
        }
        """;

    private const string StartEnrollment = """
        mutation Start($phone: String!) { startTwoStepEnrollment(input: { phoneNumber: $phone }) { expiresAt } }
        """;

    private const string ConfirmEnrollment = """
        mutation Confirm($code: String!) { confirmTwoStepEnrollment(input: { code: $code }) { recoveryCodes } }
        """;

    private const string AddNamed = """
        mutation Add($organizationId: ID!, $userId: ID!, $name: String, $email: String) {
          addOrganizationMember(input: {
            organizationId: $organizationId, userId: $userId, name: $name, email: $email
          }) { organization { id } }
        }
        """;

    public OrganizationClient Organizations { get; } = new(host);

    public string Token(string userId, string idp = "password") => Organizations.Token(userId, idp);

    public async Task AddAsync(string ownerId, string organizationId, string userId, string name, string? email = null)
    {
        var variables = new { organizationId, userId, name, email = email ?? $"{userId}@example.com" };
        var answer = await host.Client.PostGraphQLAsync(AddNamed, variables, Token(ownerId));
        Assert.Empty(answer.Errors);
    }

    public async Task RemoveAsync(string ownerId, string organizationId, string userId) =>
        Assert.Empty((await Organizations.RemoveMemberAsync(Token(ownerId), organizationId, userId)).Errors);

    public Task<GraphQLAnswer> CountsAnswerAsync(string token, string organizationId) =>
        host.Client.PostGraphQLAsync(CountsQuery, new { id = organizationId }, token);

    public async Task<Counts> CountsAsync(string ownerId, string organizationId)
    {
        var answer = await CountsAnswerAsync(Token(ownerId), organizationId);
        Assert.Empty(answer.Errors);
        var compliance = answer.Data.GetProperty("organization").GetProperty("compliance");
        return new Counts(
            compliance.GetProperty("memberCount").GetInt32(),
            compliance.GetProperty("enrolledCount").GetInt32(),
            compliance.GetProperty("notEnrolledCount").GetInt32(),
            compliance.GetProperty("ssoManagedCount").GetInt32());
    }

    public Task<GraphQLAnswer> MembersAnswerAsync(
        string token,
        string organizationId,
        int? first = null,
        string? after = null,
        object? filter = null) =>
        host.Client.PostGraphQLAsync(MembersQuery, new { id = organizationId, first, after, filter }, token);

    public async Task<JsonElement> PageAsync(
        string ownerId,
        string organizationId,
        int? first = null,
        string? after = null,
        object? filter = null)
    {
        var answer = await MembersAnswerAsync(Token(ownerId), organizationId, first, after, filter);
        Assert.Empty(answer.Errors);
        return answer.Data.GetProperty("organization").GetProperty("members");
    }

    /// <summary>Every page in turn, as (user id, status) in list order.</summary>
    public async Task<List<(string Id, string Status)>> AllAsync(
        string ownerId,
        string organizationId,
        int first = 100,
        object? filter = null)
    {
        var all = new List<(string, string)>();
        string? after = null;
        while (true)
        {
            var page = await PageAsync(ownerId, organizationId, first, after, filter);
            all.AddRange(Rows(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return all;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    public static IEnumerable<(string Id, string Status)> Rows(JsonElement page) =>
        page.GetProperty("edges").EnumerateArray().Select(edge =>
        {
            var node = edge.GetProperty("node");
            return (
                node.GetProperty("user").GetProperty("id").GetString()!,
                node.GetProperty("twoStepStatus").GetString()!);
        });

    public async Task<(HttpStatusCode Status, string Body)> CsvAsync(
        string? token,
        string organizationId,
        string query = "")
    {
        var path = $"/organizations/{organizationId}/members.csv{query}";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await host.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs the user in through SSO once: TwoStep sees the token when they ask who they are.</summary>
    /// <summary>Enrolls (or changes to) <paramref name="phone"/> with the code the stand-in Plivo received.</summary>
    public async Task EnrollNumberAsync(string token, string phone)
    {
        Assert.Empty((await host.Client.PostGraphQLAsync(StartEnrollment, new { phone }, token)).Errors);
        var code = host.Plivo.LatestCodeTo(phone);
        Assert.Empty((await host.Client.PostGraphQLAsync(ConfirmEnrollment, new { code }, token)).Errors);
    }

    public async Task SignInWithSsoAsync(string userId)
    {
        var answer = await host.Client.PostGraphQLAsync("{ me { id } }", token: Token(userId, "sso"));
        Assert.Empty(answer.Errors);
    }

    /// <summary>Turns two-step off again, from a fresh two-step session.</summary>
    public async Task DisableAsync(string twoStepToken)
    {
        var answer = await host.Client.PostGraphQLAsync(
            "mutation { disableTwoStep { twoStep { enabled } } }", token: twoStepToken);
        Assert.Empty(answer.Errors);
    }

    public static string NewUserId() => OrganizationClient.NewUserId();
}
