namespace TwoStep.Host.GraphQL.Http;

/// <summary>Why an HTTP request is not a GraphQL request this endpoint can run.</summary>
public sealed record RequestFailure(int StatusCode, string Code, string Message);
