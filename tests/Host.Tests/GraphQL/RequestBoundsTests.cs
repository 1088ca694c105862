using System.Net;
using System.Text;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.GraphQL;

/// <summary>
/// <c>GraphQL:MaxDepth</c> and <c>GraphQL:MaxComplexity</c> (15 and 1,000) hold for every request,
/// also for a document the host has seen before and kept parsed and validated; so do the rules
/// that depend on the request, such as the HTTP method.
/// </summary>
public sealed class RequestBoundsTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_document_nested_deeper_than_the_bound_is_refused()
    {
        var deep = new StringBuilder("{ __schema { types { fields { type ");
        for (var level = 0; level < 14; level++)
        {
            deep.Append("{ ofType ");
        }

        deep.Append("{ name }").Append('}', 14).Append(" } } } }");

        var answer = await host.Client.PostGraphQLAsync(deep.ToString());

        Assert.False(answer.HasData);
        Assert.Contains("depth", answer.ErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_document_over_the_complexity_bound_is_refused()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1_001).Select(i => $"a{i}: me {{ id }}"));

        var answer = await host.Client.PostGraphQLAsync($"{{ {aliases} }}", token: Token());

        Assert.Contains("complexity", answer.ErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_document_seen_before_is_bounded_again_for_its_new_variables()
    {
        var admin = $"bounds-{Guid.NewGuid():N}";
        var token = TestTokens.For(admin, DateTimeOffset.UtcNow);
        var organization = await host.CreateOrganizationAsync(admin);
        var fields = string.Join(' ', Enumerable.Range(0, 10).Select(i =>
            $"l{i}: auditLog(first: $first) {{ edges {{ node {{ action actorId subjectId detail occurredAt }} }} }}"));
        var document = $"query($id: ID!, $first: Int) {{ organization(id: $id) {{ {fields} }} }}";

        var cheap = await host.Client.PostGraphQLAsync(document, new { id = organization, first = 1 }, token);
        var costly = await host.Client.PostGraphQLAsync(document, new { id = organization, first = 100 }, token);

        Assert.Null(cheap.ErrorCode);
        Assert.Contains("complexity", costly.ErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_mutation_executed_over_POST_is_still_refused_over_GET()
    {
        var admin = $"bounds-{Guid.NewGuid():N}";
        var token = TestTokens.For(admin, DateTimeOffset.UtcNow);
        const string Create = "mutation { createOrganization(input: { name: \"Twice\" }) { organization { id } } }";

        var posted = await host.Client.PostGraphQLAsync(Create, token: token);
        var viaGet = await host.Client.GetGraphQLAsync(Create, token: token);

        Assert.Null(posted.ErrorCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, viaGet.Status);
    }

    [Fact]
    public async Task Another_operation_of_a_kept_document_is_still_held_to_the_document_rules()
    {
        const string document = """
            query Me { me { id } }
            mutation Twice {
              a: completeTwoStepSignIn(input: { code: "111111" }) { twoStepToken }
              b: completeTwoStepSignIn(input: { code: "222222" }) { twoStepToken }
            }
            """;
        var token = Token();

        var me = await host.Client.PostRawAsync(Body(document, "Me"), "application/json", token);
        var twice = await host.Client.PostRawAsync(Body(document, "Twice"), "application/json", token);

        Assert.Equal("TOO_MANY_VERIFICATIONS", me.ErrorCode);
        Assert.Equal("TOO_MANY_VERIFICATIONS", twice.ErrorCode);
    }

    private static string Body(string query, string operationName) =>
        System.Text.Json.JsonSerializer.Serialize(new { query, operationName });

    private static string Token() => TestTokens.For($"bounds-{Guid.NewGuid():N}", DateTimeOffset.UtcNow);
}
