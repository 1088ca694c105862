using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TwoStep.Infrastructure.Sms;

/// <summary>How bodies to and from Plivo are written and read.</summary>
internal static class PlivoJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,

        // The default encoder writes '+' as \u002B to keep JSON safe inside HTML. This body only
        // ever goes to Plivo's API, and E.164 numbers must reach it with a literal '+'.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ByteArrayContent Content(PlivoMessageRequest body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
