using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace TwoStep.Host.GraphQL.Types;

/// <summary>A Relay connection: one page of edges, where the page stands, and how many there are in all.</summary>
public abstract class ConnectionGraphType<TEdgeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string name)
    {
        Name = name;

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(context => context.Source.TotalCount);
    }
}
