using GraphQL;
using Microsoft.Extensions.Options;
using TwoStep.Host.Auth;
using TwoStep.Host.GraphQL.Errors;

namespace TwoStep.Host.GraphQL.WebSockets;

/// <summary>
/// GraphQL over WebSocket on the HTTP transport's path, with the <c>graphql-transport-ws</c>
/// protocol: one <see cref="GraphQLWebSocketConnection"/> per upgraded request.
/// </summary>
public sealed class GraphQLWebSocketHandler(
    IDocumentExecuter<TwoStepSchema> executer,
    IGraphQLTextSerializer serializer,
    BearerTokenAuthenticator authenticator,
    GraphQLErrorMapper errors,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLWebSocketHandler> logger)
{
    internal IDocumentExecuter<TwoStepSchema> Executer => executer;

    internal IGraphQLTextSerializer Serializer => serializer;

    internal BearerTokenAuthenticator Authenticator => authenticator;

    internal GraphQLErrorMapper Errors => errors;

    internal GraphQLOptions Options => options.Value;

    internal ILogger Logger => logger;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(MessageTypes.Subprotocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable",
                context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(MessageTypes.Subprotocol);
        await using var connection = new GraphQLWebSocketConnection(this, socket, context);
        await connection.RunAsync();
    }
}
