using StandardWebhooks;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// The Standard Webhooks signature (<c>v1,</c> and the base64 HMAC-SHA256 of <c>id.timestamp.body</c>),
/// made by the reference library so receivers using any Standard Webhooks library accept it.
/// </summary>
internal static class WebhookSignature
{
    public static string Sign(string secret, string messageId, DateTimeOffset timestamp, string body) =>
        new StandardWebhook(secret).Sign(messageId, timestamp, body);
}
