using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace TwoStep.Host.Tests.Support;

/// <summary>One request a <see cref="WebhookReceiver"/> got, and the status it answered.</summary>
public sealed record ReceivedWebhook(IHeaderDictionary Headers, string Body, int Status)
{
    public string Id => Headers["webhook-id"].ToString();

    public string Type => Json.GetProperty("type").GetString()!;

    public JsonElement Data => Json.GetProperty("data");

    public bool Accepted => Status is >= 200 and < 300;

    private JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Checks the signature with the standardwebhooks library; throws when it does not hold.</summary>
    public void Verify(string secret) => new StandardWebhook(secret).Verify(Body, Headers);

    /// <summary>
    /// Whether any one of the signatures holds for <paramref name="secret"/>, each checked with the
    /// library on its own (the .NET library looks at the first signature of a header only).
    /// </summary>
    public bool AnySignatureHolds(string secret) =>
        Headers["webhook-signature"].ToString().Split(' ').Any(signature =>
        {
            var single = new HeaderDictionary(Headers.ToDictionary(header => header.Key, header => header.Value))
            {
                ["webhook-signature"] = signature,
            };
            try
            {
                new StandardWebhook(secret).Verify(Body, single);
                return true;
            }
            catch (WebhookVerificationException)
            {
                return false;
            }
        });
}
