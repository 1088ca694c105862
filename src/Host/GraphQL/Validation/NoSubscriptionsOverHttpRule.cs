using GraphQL.Validation;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Validation;

/// <summary>Subscriptions need a stream; over plain HTTP they are refused instead of answered once.</summary>
public sealed class NoSubscriptionsOverHttpRule : ValidationRuleBase
{
    public static NoSubscriptionsOverHttpRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new SubscriptionOverHttpError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
