using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using TwoStep.Application.Sms;
using TwoStep.Domain.Phones;

namespace TwoStep.Infrastructure.Sms;

/// <summary>
/// Sends through Plivo's Message API. Retries, backoff and timeouts live in the client's
/// resilience handler (<see cref="PlivoResilience"/>); this class turns the final outcome into
/// success or an <see cref="SmsDeliveryException"/> that names no number, text or secret.
/// </summary>
internal sealed class PlivoSmsSender(
    HttpClient httpClient,
    IOptions<PlivoOptions> options,
    ILogger<PlivoSmsSender> logger) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var masked = PhoneNumber.Mask(message.To);

        using var request = CreateRequest(options.Value, message);
        using var response = await SendOrThrowAsync(request, masked, cancellationToken);
        var answer = await ReadAnswerAsync(response, cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            SmsLog.NotAccepted(logger, masked, (int)response.StatusCode, answer?.ApiId);
            throw new SmsDeliveryException($"Plivo did not accept the message: {Describe(response.StatusCode)}.");
        }

        var messageUuid = answer?.MessageUuid is [var first, ..] ? first : null;
        if (string.IsNullOrEmpty(messageUuid))
        {
            SmsLog.NoMessageUuid(logger, (int)response.StatusCode, masked);
            throw new SmsDeliveryException(
                $"Plivo answered {Describe(response.StatusCode)} without a message uuid.");
        }

        SmsLog.Accepted(logger, messageUuid, masked);
    }

    private static HttpRequestMessage CreateRequest(PlivoOptions plivo, SmsMessage message)
    {
        var authId = plivo.AuthId ?? string.Empty;
        var path = $"v1/Account/{Uri.EscapeDataString(authId)}/Message/";
        var credentials = Encoding.UTF8.GetBytes($"{authId}:{plivo.AuthToken}");

        var body = new PlivoMessageRequest(plivo.SourceNumber ?? string.Empty, message.To, message.Text);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = PlivoJson.Content(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private async Task<HttpResponseMessage> SendOrThrowAsync(
        HttpRequestMessage request,
        string masked,
        CancellationToken cancellationToken)
    {
        try
        {
            return await httpClient.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            SmsLog.Unreachable(logger, masked, exception);
            throw new SmsDeliveryException("Plivo could not be reached or did not answer in time.", exception);
        }
    }

    private static async Task<PlivoMessageResponse?> ReadAnswerAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<PlivoMessageResponse>(
                PlivoJson.Options,
                cancellationToken);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page or an empty body: the status code still tells the story.
            return null;
        }
    }

    private static string Describe(HttpStatusCode status) => $"HTTP {(int)status} ({status})";
}
