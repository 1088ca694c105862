using Microsoft.Extensions.Primitives;
using TwoStep.Host.GraphQL.Http;

namespace TwoStep.Host.Tests.GraphQL.Http;

public sealed class ResponseMediaTypeTests
{
    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("text/html, application/json;charset=utf-8", "application/json")]
    public void Picks_the_preferred_supported_type(string accept, string expected)
    {
        Assert.Equal(expected, ResponseMediaType.Negotiate(new StringValues(accept))?.MediaType);
    }

    [Fact]
    public void No_Accept_header_means_application_json()
    {
        Assert.Equal(ResponseMediaType.Json, ResponseMediaType.Negotiate(StringValues.Empty));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public void Nothing_acceptable_and_supported_means_no_type(string accept)
    {
        Assert.Null(ResponseMediaType.Negotiate(new StringValues(accept)));
    }
}
