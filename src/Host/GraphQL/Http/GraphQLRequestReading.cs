using GraphQL.Transport;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>A request read off HTTP: either a GraphQL request or the failure to answer with.</summary>
public sealed record GraphQLRequestReading(GraphQLRequest? Request, RequestFailure? Failure)
{
    public static GraphQLRequestReading Of(GraphQLRequest request) => new(request, null);

    public static GraphQLRequestReading Fail(int statusCode, string code, string message) =>
        new(null, new RequestFailure(statusCode, code, message));
}
