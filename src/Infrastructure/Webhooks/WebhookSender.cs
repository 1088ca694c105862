using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TwoStep.Application.Integrations;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// Sends one delivery the Standard Webhooks way: a JSON body <c>{"type","timestamp","data"}</c> and the
/// <c>webhook-id</c> (the event's, the same on every attempt), <c>webhook-timestamp</c> and
/// <c>webhook-signature</c> headers. Redirects are not followed and no proxy is used: every connection goes
/// through the address check.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly WebhookSecretSealer _sealer;
    private readonly TimeSpan _timeout;

    public WebhookSender(IOptions<WebhookOptions> options, WebhookSecretSealer sealer)
    {
        ArgumentNullException.ThrowIfNull(options);

        var allowLocal = options.Value.AllowLocalUrls;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            // A proxy would resolve the receiver's name itself, past the address check below.
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = (context, token) => WebhookConnector.ConnectAsync(context, allowLocal, token),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _sealer = sealer;
        _timeout = options.Value.AttemptTimeout;
    }

    public async Task<DeliveryOutcome> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);

        var messageId = IntegratorEventIds.Format(delivery.EventId);
        var body = Body(delivery);
        // Receivers compare the timestamp with their own clock, so it is the real time of this attempt.
        var timestamp = TimeProvider.System.GetUtcNow();

        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", Signatures(delivery, messageId, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await _client.SendAsync(
                request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new DeliveryOutcome((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(null, $"No answer within {_timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryOutcome(null, $"Connection failed: {exception.Message}");
        }
    }

    public void Dispose() => _client.Dispose();

    // Standard Webhooks receivers accept any one of space-separated signatures, so one by the
    // previous secret keeps a receiver that has not switched yet working for a day after a rotation.
    private string Signatures(ClaimedDelivery delivery, string messageId, DateTimeOffset timestamp, string body)
    {
        var secret = _sealer.Open(delivery.EndpointId, delivery.SealedSecret);
        var signatures = WebhookSignature.Sign(secret, messageId, timestamp, body);
        if (delivery.PreviousSealedSecret is { } previousSealed)
        {
            var previous = _sealer.Open(delivery.EndpointId, previousSealed);
            signatures += " " + WebhookSignature.Sign(previous, messageId, timestamp, body);
        }

        return signatures;
    }

    private static string Body(ClaimedDelivery delivery)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", delivery.EventType);
            writer.WriteString("timestamp", delivery.OccurredAt.UtcDateTime);
            writer.WritePropertyName("data");
            writer.WriteRawValue(delivery.Data);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
