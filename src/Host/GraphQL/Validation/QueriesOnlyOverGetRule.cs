using GraphQL.Validation;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Validation;

/// <summary>GET may only read: a mutation over GET could be triggered by a link or an image tag.</summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public static QueriesOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodNotAllowedError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
