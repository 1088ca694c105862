using System.Net;
using System.Text;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.GraphQL.Http;

public sealed class GraphQLHttpTransportTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        var answer = await _client.GetGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Query", answer.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_Allow_POST()
    {
        var answer = await _client.GetGraphQLAsync(
            "mutation { confirmTwoStepEnrollment(input: { code: \"123456\" }) { recoveryCodes } }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Contains("POST", answer.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", answer.ErrorCode);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task Other_HTTP_methods_are_refused_with_405()
    {
        using var response = await _client.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_batch_is_refused_with_400()
    {
        var answer = await _client.PostRawAsync(
            """[{"query":"{ __typename }"},{"query":"{ __typename }"}]""",
            "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.ErrorCode);
    }

    [Fact]
    public async Task A_subscription_over_HTTP_is_refused_with_an_error_instead_of_null()
    {
        var answer = await _client.PostGraphQLAsync("subscription { twoStepEnrollmentChanged { userId } }");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
        Assert.Contains(answer.Errors, error => error.GetProperty("extensions").GetProperty("code").GetString()
            == "SUBSCRIPTION_NOT_SUPPORTED_OVER_HTTP");
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_refused_with_413()
    {
        var padding = new string(' ', 70 * 1024);
        var answer = await _client.PostRawAsync(
            $$"""{"query":"{ __typename }{{padding}}"}""",
            "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", answer.ErrorCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task A_body_that_is_not_UTF_8_JSON_is_refused_with_415(string? contentType)
    {
        var answer = await _client.PostRawAsync("""{"query":"{ __typename }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", answer.ErrorCode);
    }

    [Theory]
    [InlineData("""{ "query": "{ __typename }" """)]
    [InlineData("""{ "variables": {} }""")]
    [InlineData("""{ "query": 42 }""")]
    [InlineData("""{ "query": "{ __typename }", "variables": "x" }""")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_GraphQL_request_is_refused_with_400(string body)
    {
        var answer = await _client.PostRawAsync(body, "application/json", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.ErrorCode);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    public async Task The_response_media_type_follows_Accept(string? accept, string expected)
    {
        var answer = await _client.PostGraphQLAsync("{ __typename }", accept: accept!);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.MediaType);
    }

    [Fact]
    public async Task An_Accept_header_without_a_supported_type_is_refused_with_406()
    {
        var answer = await _client.PostGraphQLAsync("{ __typename }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
    }

    [Fact]
    public async Task An_unparsable_document_is_400_with_graphql_response_json_and_200_with_json()
    {
        var strict = await _client.PostGraphQLAsync("{ me { ");
        var lenient = await _client.PostGraphQLAsync("{ me { ", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.False(strict.HasData);
        Assert.Equal(HttpStatusCode.OK, lenient.Status);
        Assert.NotEmpty(lenient.Errors);
    }

    [Fact]
    public async Task An_invalid_document_keeps_the_validation_error_code()
    {
        var answer = await _client.PostGraphQLAsync("{ nothingHere }");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", answer.ErrorCode);
    }

    [Fact]
    public async Task A_document_that_verifies_two_codes_is_refused()
    {
        var answer = await _client.PostGraphQLAsync(
            """
            mutation {
              a: confirmTwoStepEnrollment(input: { code: "111111" }) { recoveryCodes }
              b: confirmTwoStepEnrollment(input: { code: "222222" }) { recoveryCodes }
            }
            """,
            token: host.FreshToken("transport-two-verifications"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("TOO_MANY_VERIFICATIONS", answer.ErrorCode);
    }

    [Fact]
    public async Task A_document_too_deep_is_refused()
    {
        var deep = new StringBuilder("{ __schema { types { fields { type ");
        for (var i = 0; i < 20; i++)
        {
            deep.Append("{ ofType ");
        }

        deep.Append("{ name }").Append('}', 20).Append(" } } } }");

        var answer = await _client.PostGraphQLAsync(deep.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task A_document_with_too_many_aliases_is_refused()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 1200).Select(i => $"a{i}: __typename"));

        var answer = await _client.PostGraphQLAsync($"{{ {aliases} }}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task The_standard_introspection_query_is_answered_in_Development()
    {
        var answer = await _client.PostGraphQLAsync(IntrospectionQuery.Text);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.Text);
        Assert.Empty(answer.Errors);
    }
}
