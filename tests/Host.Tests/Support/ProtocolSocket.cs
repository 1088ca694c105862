using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace TwoStep.Host.Tests.Support;

/// <summary>A bare <c>graphql-transport-ws</c> client, for what the graphql-ws library never sends.</summary>
public sealed class ProtocolSocket : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();

    public static async Task<ProtocolSocket> ConnectAsync(Uri url)
    {
        var socket = new ProtocolSocket();
        socket._socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket._socket.ConnectAsync(url, CancellationToken.None);
        return socket;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or <c>null</c> when the server closed the socket instead.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var cancel = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        var result = await _socket.ReceiveAsync(buffer, cancel.Token);
        return result.MessageType == WebSocketMessageType.Close
            ? null
            : JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement;
    }

    /// <summary>The close code the server ended with, skipping any messages before it.</summary>
    public async Task<int?> CloseCodeAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int?)_socket.CloseStatus;
    }

    public void Dispose() => _socket.Dispose();
}
