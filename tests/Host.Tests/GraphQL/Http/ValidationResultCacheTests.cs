using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using TwoStep.Host.GraphQL.Http;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.GraphQL.Http;

/// <summary>
/// The host remembers a query's validation by document, operation, rules and variable values: a
/// remembered query still answers for its own variables, and mutations (which carry codes) and
/// failed validations are never remembered.
/// </summary>
public sealed class ValidationResultCacheTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Access =
        "query($id: ID!) { organizationAccess(organizationId: $id) { allowed reason } }";

    [Fact]
    public async Task A_remembered_query_answers_for_the_variables_of_each_request()
    {
        var member = $"cache-member-{Guid.NewGuid():N}";
        var stranger = $"cache-stranger-{Guid.NewGuid():N}";
        var own = await host.CreateOrganizationAsync(member);
        var other = await host.CreateOrganizationAsync(stranger);
        var token = TestTokens.For(member, DateTimeOffset.UtcNow);

        for (var round = 0; round < 3; round++)
        {
            var allowed = await host.Client.PostGraphQLAsync(Access, new { id = own }, token);
            var refused = await host.Client.PostGraphQLAsync(Access, new { id = other }, token);

            Assert.True(allowed.Data.GetProperty("organizationAccess").GetProperty("allowed").GetBoolean());
            Assert.Equal(
                "NOT_A_MEMBER",
                refused.Data.GetProperty("organizationAccess").GetProperty("reason").GetString());
        }
    }

    [Fact]
    public void The_host_validates_through_the_cache()
    {
        var validator = host.Services.GetRequiredService<IDocumentValidator>();

        Assert.IsType<ValidationResultCache>(validator);
    }

    [Fact]
    public async Task The_same_query_and_variables_are_validated_once_and_other_variables_again()
    {
        var cache = new ValidationResultCache();
        var request = Request(Access);

        var first = await cache.ValidateAsync(request.With(new { id = "org-1" }));
        var again = await cache.ValidateAsync(request.With(new { id = "org-1" }));
        var other = await cache.ValidateAsync(request.With(new { id = "org-2" }));

        Assert.True(first.IsValid);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.True(other.IsValid);
    }

    [Fact]
    public async Task A_mutation_is_never_remembered()
    {
        var cache = new ValidationResultCache();
        var request = Request(
            "mutation($code: String!) { confirmTwoStepEnrollment(input: { code: $code }) { recoveryCodes } }");

        var first = await cache.ValidateAsync(request.With(new { code = "123456" }));
        var again = await cache.ValidateAsync(request.With(new { code = "123456" }));

        Assert.True(first.IsValid);
        Assert.NotSame(first, again);
    }

    [Fact]
    public async Task A_failed_validation_is_never_remembered()
    {
        var cache = new ValidationResultCache();
        var request = Request("query($id: ID!) { organizationAccess(organizationId: $id) { allowed } }");

        // The variable is required: without it the query is invalid, each time.
        var first = await cache.ValidateAsync(request.With(null));
        var again = await cache.ValidateAsync(request.With(null));

        Assert.False(first.IsValid);
        Assert.False(again.IsValid);
        Assert.NotSame(first, again);
    }

    [Fact]
    public async Task Different_rules_are_a_different_validation()
    {
        var cache = new ValidationResultCache();
        var request = Request(Access);
        var variables = new { id = "org-1" };

        var core = await cache.ValidateAsync(request.With(variables));
        var fewer = await cache.ValidateAsync(request.With(variables) with { Rules = [] });

        Assert.NotSame(core, fewer);
    }

    private ParsedRequest Request(string query)
    {
        var schema = host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var serializer = host.Services.GetRequiredService<IGraphQLTextSerializer>();
        return new ParsedRequest(schema, document, operation, serializer);
    }

    private sealed record ParsedRequest(
        ISchema Schema,
        GraphQLDocument Document,
        GraphQLOperationDefinition Operation,
        IGraphQLTextSerializer Serializer)
    {
        public ValidationOptions With(object? variables) => new()
        {
            Schema = Schema,
            Document = Document,
            Operation = Operation,
            Rules = DocumentValidator.CoreRules,
            Variables = variables is null
                ? Inputs.Empty
                : Serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables))!,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = null,
        };
    }
}
