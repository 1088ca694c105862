using System.Text.Json;
using System.Text.RegularExpressions;
using WireMock.Matchers;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Request = WireMock.RequestBuilders.Request;

namespace TwoStep.Host.Tests.Support;

/// <summary>
/// Plivo's Message API on a local port: accepts every message with 202, except messages to
/// <see cref="RefusedNumber"/>, which it refuses with 400 as Plivo does for a bad destination.
/// </summary>
public sealed partial class PlivoStandIn : IDisposable
{
    public const string AuthId = "MATESTAUTHID00000000";
    public const string AuthToken = "plivo-test-auth-token";
    public const string SourceNumber = "+14155550100";
    public const string RefusedNumber = "+447400123999";

    private const string MessagePath = $"/v1/Account/{AuthId}/Message/";

    private readonly WireMockServer _server;

    private PlivoStandIn(WireMockServer server)
    {
        _server = server;
    }

    public string BaseUrl => _server.Url!;

    public static PlivoStandIn Start()
    {
        var server = WireMockServer.Start();

        server.Given(Request.Create().WithPath(MessagePath).UsingPost())
            .AtPriority(10)
            .RespondWith(Response.Create()
                .WithStatusCode(202)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""
                    {
                      "api_id": "9f1c1c52-0000-4000-8000-000000000001",
                      "message": "message(s) queued",
                      "message_uuid": ["db3ce55a-7f1d-11e1-8ea7-1231380bc196"]
                    }
                    """));

        server.Given(Request.Create()
                .WithPath(MessagePath)
                .UsingPost()
                .WithBody(new RegexMatcher(Regex.Escape(RefusedNumber.TrimStart('+')))))
            .AtPriority(1)
            .RespondWith(Response.Create()
                .WithStatusCode(400)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"api_id":"9f1c1c52-0000-4000-8000-000000000002","error":"invalid dst number"}"""));

        return new PlivoStandIn(server);
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Sms:Provider"] = "Plivo",
        ["Plivo:AuthId"] = AuthId,
        ["Plivo:AuthToken"] = AuthToken,
        ["Plivo:SourceNumber"] = SourceNumber,
        ["Plivo:BaseUrl"] = BaseUrl,
    };

    /// <summary>How many messages the service has tried to send so far.</summary>
    public int MessageCount => _server.LogEntries.Count;

    /// <summary>Every message body the service sent to <paramref name="e164"/>, oldest first.</summary>
    public IReadOnlyList<string> TextsTo(string e164) =>
        _server.LogEntries
            .Select(entry => entry.RequestMessage.Body)
            .OfType<string>()
            .Select(body => JsonDocument.Parse(body).RootElement)
            .Where(body => Normalize(body.GetProperty("dst").GetString()) == Normalize(e164))
            .Select(body => body.GetProperty("text").GetString() ?? string.Empty)
            .ToList();

    /// <summary>The six-digit code of the latest message to <paramref name="e164"/>.</summary>
    public string LatestCodeTo(string e164)
    {
        var texts = TextsTo(e164);
        if (texts.Count == 0)
        {
            throw new InvalidOperationException("No message was sent to that number.");
        }

        var text = texts[^1];
        return SixDigits().Match(text).Value;
    }

    public void Dispose() => _server.Stop();

    private static string Normalize(string? number) => number?.TrimStart('+') ?? string.Empty;

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
