using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using TwoStep.Host.GraphQL.Errors;

namespace TwoStep.Host.GraphQL.Validation;

/// <summary>A mutation or subscription sent with GET; the transport answers it with 405.</summary>
public sealed class HttpMethodNotAllowedError : ValidationError
{
    public HttpMethodNotAllowedError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, "Only queries may be sent with GET; send mutations with POST.", operation)
    {
        Code = ErrorCodes.MethodNotAllowed;
    }
}
