using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Validation;

public sealed class SubscriptionOverHttpError : ValidationError
{
    public const string ErrorCode = "SUBSCRIPTION_NOT_SUPPORTED_OVER_HTTP";

    public SubscriptionOverHttpError(ROM source, GraphQLOperationDefinition operation)
        : base(
            source,
            null,
            "Subscriptions are not served over HTTP; use a WebSocket with the graphql-transport-ws protocol.",
            operation)
    {
        Code = ErrorCode;
    }
}
