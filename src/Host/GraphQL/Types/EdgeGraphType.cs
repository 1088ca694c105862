using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;

namespace TwoStep.Host.GraphQL.Types;

/// <summary>A Relay edge: a node and the cursor that continues after it.</summary>
public abstract class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    protected EdgeGraphType(string name)
    {
        Name = name;

        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(context => context.Source.Node);
    }
}
