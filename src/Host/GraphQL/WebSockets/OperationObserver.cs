using GraphQL;

namespace TwoStep.Host.GraphQL.WebSockets;

/// <summary>Turns one subscription's results into <c>next</c>, <c>error</c> and <c>complete</c> messages.</summary>
internal sealed class OperationObserver(string id, GraphQLWebSocketConnection connection) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => connection.SendNext(id, value);

    public void OnError(Exception error) => connection.SendError(id, error);

    public void OnCompleted() => connection.SendComplete(id);
}
