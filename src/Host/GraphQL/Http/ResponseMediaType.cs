using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>The two media types a GraphQL response may be written in, chosen by the Accept header.</summary>
public sealed record ResponseMediaType(string MediaType, bool IsGraphQLResponse)
{
    public static ResponseMediaType GraphQLResponse { get; } = new("application/graphql-response+json", true);

    public static ResponseMediaType Json { get; } = new("application/json", false);

    public string ContentType => $"{MediaType}; charset=utf-8";

    /// <summary>
    /// The preferred supported type, <see cref="Json"/> when there is no Accept header (as the
    /// GraphQL-over-HTTP specification asks), or <c>null</c> when nothing acceptable is supported.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || accept.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return Json;
        }

        return ranges
            .Where(range => range.Quality is not 0)
            .OrderByDescending(range => range.Quality ?? 1)
            .Select(Match)
            .FirstOrDefault(match => match is not null);
    }

    private static ResponseMediaType? Match(MediaTypeHeaderValue range)
    {
        var charset = range.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var type = range.MediaType;
        if (type.Equals(GraphQLResponse.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        return type.Equals(Json.MediaType, StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || type.Equals("*/*", StringComparison.Ordinal)
            ? Json
            : null;
    }
}
