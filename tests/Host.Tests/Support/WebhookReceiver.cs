using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace TwoStep.Host.Tests.Support;

/// <summary>
/// A webhook receiver on a loopback port: it answers each request with the next status of its
/// script (then 204) and keeps what it got. Requests are handled one at a time, in arrival order.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _script;
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Lock _gate = new();

    private WebhookReceiver(IEnumerable<int> script)
    {
        _script = new ConcurrentQueue<int>(script);
        var port = FreePort.Next();
        Url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/hooks/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>Every request so far, in arrival order, with the status it was answered.</summary>
    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts a receiver that answers with <paramref name="script"/> first, then 204.</summary>
    public static WebhookReceiver Start(params int[] script) => new(script);

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(
        Func<IReadOnlyList<ReceivedWebhook>, bool> done,
        TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var received = Received;
            if (done(received))
            {
                return received;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The receiver got {Received.Count} requests; not what the test waited for.");
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = new HeaderDictionary();
            foreach (var name in context.Request.Headers.AllKeys.OfType<string>())
            {
                headers[name] = context.Request.Headers[name];
            }

            var status = _script.TryDequeue(out var next) ? next : 204;
            lock (_gate)
            {
                _received.Add(new ReceivedWebhook(headers, body, status));
            }

            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }
}
