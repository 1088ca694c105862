using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Validation;

public sealed class TooManyVerificationsError : ValidationError
{
    public const string ErrorCode = "TOO_MANY_VERIFICATIONS";

    public TooManyVerificationsError(ROM source, GraphQLField field)
        : base(source, null, "A request may verify at most one code.", field)
    {
        Code = ErrorCode;
    }
}
