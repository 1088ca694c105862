using GraphQL.Types;

namespace TwoStep.Host.GraphQL;

/// <summary>The public GraphQL schema of TwoStep.</summary>
public sealed class TwoStepSchema : Schema
{
    public TwoStepSchema(
        IServiceProvider services,
        QueryType query,
        MutationType mutation,
        SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }
}
