using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using TwoStep.Host.GraphQL.Errors;

namespace TwoStep.Host.GraphQL.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection. One loop reads, one loop writes (a WebSocket
/// allows one send at a time); operations run on their own and queue what they send.
/// </summary>
internal sealed class GraphQLWebSocketConnection : IAsyncDisposable
{
    // How long the client has to answer our close frame before the socket is dropped.
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    private readonly GraphQLWebSocketHandler _handler;
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, OperationHandle> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime;
    private ClaimsPrincipal? _user;
    private int _initReceived;
    private volatile bool _acknowledged;

    public GraphQLWebSocketConnection(GraphQLWebSocketHandler handler, WebSocket socket, HttpContext context)
    {
        _handler = handler;
        _socket = socket;
        _context = context;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    }

    public async Task RunAsync()
    {
        var writing = Task.Run(WriteAsync);
        var initWatch = CloseUnlessInitialisedAsync();
        try
        {
            await ReadAsync();
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            WebSocketLog.Aborted(_handler.Logger, exception);
        }

        EndOperations();
        _outbox.Writer.TryComplete();

        // Whatever was queued, the close frame last, goes out; the client then has a moment to answer it.
        _lifetime.CancelAfter(CloseGrace);
        await writing;
        await AwaitClientCloseAsync();
        await _lifetime.CancelAsync();
        await initWatch;
    }

    public ValueTask DisposeAsync()
    {
        EndOperations();
        _lifetime.Dispose();
        return ValueTask.CompletedTask;
    }

    internal void SendNext(string id, ExecutionResult result) =>
        Enqueue(new OperationMessage { Id = id, Type = MessageTypes.Next, Payload = result });

    internal void SendError(string id, Exception exception) =>
        SendErrors(id, [_handler.Errors.Map(exception, null)]);

    internal void SendComplete(string id) =>
        Enqueue(new OperationMessage { Id = id, Type = MessageTypes.Complete });

    private void SendErrors(string id, IEnumerable<ExecutionError> errors) =>
        Enqueue(new OperationMessage { Id = id, Type = MessageTypes.Error, Payload = errors.ToList() });

    private void Enqueue(OperationMessage message) => _outbox.Writer.TryWrite(new Outgoing(message));

    private void Close(int code, string reason)
    {
        WebSocketLog.Closing(_handler.Logger, code, reason);
        _outbox.Writer.TryWrite(Outgoing.Close(code, reason));
        _outbox.Writer.TryComplete();
    }

    private async Task ReadAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (_socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            var received = await ReceiveAsync(buffer);
            if (received is null)
            {
                return;
            }

            if (received == WebSocketMessageType.Close)
            {
                Close((int)WebSocketCloseStatus.NormalClosure, "Closed by the client");
                return;
            }

            if (received == WebSocketMessageType.Binary)
            {
                Close(CloseCodes.BadRequest, "Messages are JSON text");
                return;
            }

            if (!await HandleAsync(Encoding.UTF8.GetString(buffer.WrittenSpan)))
            {
                return;
            }
        }
    }

    private async Task<WebSocketMessageType?> ReceiveAsync(ArrayBufferWriter<byte> buffer)
    {
        var limit = _handler.Options.MaxRequestBytes;
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), _lifetime.Token);
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > limit)
            {
                Close((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                return null;
            }

            if (result.EndOfMessage || result.MessageType == WebSocketMessageType.Close)
            {
                return result.MessageType;
            }
        }
    }

    /// <summary>Acts on one message; false when the connection is being closed.</summary>
    private async Task<bool> HandleAsync(string text)
    {
        var message = ClientMessage.Read(text);
        switch (message?.Type)
        {
            case MessageTypes.ConnectionInit:
                return await InitialiseAsync(message);
            case MessageTypes.Ping:
                Enqueue(new OperationMessage { Type = MessageTypes.Pong });
                return true;
            case MessageTypes.Pong:
                return true;
            case MessageTypes.Subscribe:
                return Subscribe(message.Id!, message.Payload!.Value);
            case MessageTypes.Complete:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Dispose();
                }

                return true;
            default:
                Close(CloseCodes.BadRequest, "Invalid message received");
                return false;
        }
    }

    private async Task<bool> InitialiseAsync(ClientMessage message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            Close(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return false;
        }

        _user = await AuthenticateAsync(message.Payload);
        if (_user is null)
        {
            Close(CloseCodes.Unauthorized, "Unauthorized");
            return false;
        }

        _acknowledged = true;
        Enqueue(new OperationMessage { Type = MessageTypes.ConnectionAck });
        return true;
    }

    // The payload's token wins over the upgrade request's header; either must validate.
    private async Task<ClaimsPrincipal?> AuthenticateAsync(JsonElement? payload)
    {
        if (payload is { } init
            && init.TryGetProperty("authorization", out var authorization))
        {
            return authorization.ValueKind == JsonValueKind.String
                ? await _handler.Authenticator.AuthenticateAsync(authorization.GetString())
                : null;
        }

        return _context.User.Identity?.IsAuthenticated == true ? _context.User : null;
    }

    private bool Subscribe(string id, JsonElement payload)
    {
        if (!_acknowledged)
        {
            Close(CloseCodes.Unauthorized, "Unauthorized");
            return false;
        }

        var request = _handler.Serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        if (request is null)
        {
            Close(CloseCodes.BadRequest, "Invalid message received");
            return false;
        }

        var operation = new OperationHandle();
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {Shorten(id)} already exists");
            return false;
        }

        _ = Task.Run(() => ExecuteAsync(id, request, operation));
        return true;
    }

    private async Task ExecuteAsync(string id, GraphQLRequest request, OperationHandle operation)
    {
        ExecutionResult result;
        try
        {
            result = await _handler.Executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                User = _user,
                RequestServices = _context.RequestServices,
                CancellationToken = operation.Token,
                ValidationRules = DocumentValidator.CoreRules,
            });
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            return;
        }

        if (result.Streams?.Values.FirstOrDefault(stream => stream is not null) is { } stream)
        {
            operation.Attach(stream.Subscribe(new OperationObserver(id, this)));
            return;
        }

        if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
        {
            SendErrors(id, result.Errors ?? [new TwoStepError(ErrorCodes.InternalServerError, "No result.")]);
            return;
        }

        SendNext(id, result);
        SendComplete(id);
    }

    private async Task WriteAsync()
    {
        try
        {
            await foreach (var outgoing in _outbox.Reader.ReadAllAsync(_lifetime.Token))
            {
                if (outgoing.Message is not { } message)
                {
                    await CloseOutputAsync(outgoing);
                    return;
                }

                if (ShouldSend(message))
                {
                    var bytes = Encoding.UTF8.GetBytes(_handler.Serializer.Serialize(message));
                    await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _lifetime.Token);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            WebSocketLog.Aborted(_handler.Logger, exception);
        }
    }

    private async Task CloseOutputAsync(Outgoing close)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await _socket.CloseOutputAsync(
                (WebSocketCloseStatus)close.CloseCode,
                close.CloseReason,
                _lifetime.Token);
        }
    }

    private async Task AwaitClientCloseAsync()
    {
        var buffer = new byte[1024];
        try
        {
            while (_socket.State == WebSocketState.CloseSent)
            {
                await _socket.ReceiveAsync(buffer, _lifetime.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            WebSocketLog.Aborted(_handler.Logger, exception);
        }
    }

    // An operation the client completed gets nothing more; its own end is sent once.
    private bool ShouldSend(OperationMessage message)
    {
        if (message.Id is not { } id)
        {
            return true;
        }

        if (message.Type == MessageTypes.Next)
        {
            return _operations.ContainsKey(id);
        }

        if (_operations.TryRemove(id, out var operation))
        {
            operation.Dispose();
            return true;
        }

        return false;
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_handler.Options.ConnectionInitTimeout, _lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            Close(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private void EndOperations()
    {
        foreach (var id in _operations.Keys)
        {
            if (_operations.TryRemove(id, out var operation))
            {
                operation.Dispose();
            }
        }
    }

    private static string Shorten(string id) => id.Length <= 64 ? id : id[..64];
}
