using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;
using Request = WireMock.RequestBuilders.Request;

namespace TwoStep.Infrastructure.Tests.Sms;

/// <summary>A local WireMock server that answers like Plivo's Message API, in the order given.</summary>
public sealed class PlivoStandIn : IDisposable
{
    public const string AuthId = "MAYTESTACCOUNT0000AB";
    public const string AuthToken = "plivo-token-7f3c9e21d5";
    public const string SourceNumber = "+14155550100";
    public const string MessagePath = $"/v1/Account/{AuthId}/Message/";

    private const string Scenario = "plivo";

    private readonly WireMockServer _server = WireMockServer.Start();

    public string Url => _server.Url!;

    public IReadOnlyList<IRequestMessage> Requests =>
        [.. _server.LogEntries.Select(entry => entry.RequestMessage).OrderBy(request => request.DateTime)];

    public static IResponseBuilder Accepted(string messageUuid = "db3ce55a-7f1d-11e1-8ea7-1231380bc196") =>
        Json(202, AcceptedBody(messageUuid));

    /// <summary>An error the way Plivo words it, echoing the number: proof that bodies stay out of logs.</summary>
    public static IResponseBuilder Refused(int status) =>
        Json(status, """{"api_id":"9a3b7c2d-0e1f","error":"dst parameter +15551234567 is invalid"}""");

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithBody(body);

    /// <summary>Answers the n-th request with the n-th answer, and every later one with the last.</summary>
    public void AnswerInTurn(params IResponseBuilder[] answers)
    {
        for (var turn = 0; turn < answers.Length; turn++)
        {
            var mapping = _server.Given(Request.Create().WithPath(MessagePath).UsingPost());
            if (answers.Length > 1)
            {
                mapping = mapping.InScenario(Scenario);
                mapping = turn == 0 ? mapping : mapping.WhenStateIs(State(turn));
                mapping = mapping.WillSetStateTo(State(Math.Min(turn + 1, answers.Length - 1)));
            }

            mapping.RespondWith(answers[turn]);
        }
    }

    /// <summary>
    /// Accepts the first request only after <paramref name="delay"/> and every later one at once.
    /// A scenario cannot do this: WireMock moves a scenario on only after the delay has passed.
    /// </summary>
    public void AcceptSlowlyThenQuickly(TimeSpan delay, string slowMessageUuid, string quickMessageUuid)
    {
        var calls = 0;
        _server.Given(Request.Create().WithPath(MessagePath).UsingPost())
            .RespondWith(Response.Create().WithCallback(async _ =>
            {
                if (Interlocked.Increment(ref calls) > 1)
                {
                    return AcceptedMessage(quickMessageUuid);
                }

                await Task.Delay(delay);
                return AcceptedMessage(slowMessageUuid);
            }));
    }

    public void Dispose() => _server.Dispose();

    private static string AcceptedBody(string messageUuid) =>
        $$"""{"api_id":"4e1f954c-baf3","message":"message(s) queued","message_uuid":["{{messageUuid}}"]}""";

    private static ResponseMessage AcceptedMessage(string messageUuid) => new()
    {
        StatusCode = 202,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = AcceptedBody(messageUuid) },
    };

    private static string State(int turn) => $"turn {turn}";
}
