using GraphQL.Types;

namespace TwoStep.Host.GraphQL;

/// <summary>The public GraphQL schema of TwoStep.</summary>
public sealed class TwoStepSchema : Schema
{
    public TwoStepSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
