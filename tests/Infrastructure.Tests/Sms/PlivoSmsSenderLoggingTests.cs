using Microsoft.Extensions.Logging.Testing;
using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Tests.Sms;

public sealed class PlivoSmsSenderLoggingTests : IDisposable
{
    private readonly PlivoStandIn _plivo = new();

    [Fact]
    public async Task Neither_the_number_nor_the_text_nor_the_token_reach_any_log_line()
    {
        _plivo.AnswerInTurn(PlivoStandIn.Accepted(), PlivoStandIn.Refused(503), PlivoStandIn.Refused(400));
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        await host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None);
        await Assert.ThrowsAsync<SmsDeliveryException>(
            () => host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None));

        var logs = host.Logs();
        var accepted = Assert.Single(logs, record => record.Id.Id == 4101);
        Assert.EndsWith("+1 ••• ••• 4567", accepted.Message, StringComparison.Ordinal);
        var refused = Assert.Single(logs, record => record.Id.Id == 4102);
        Assert.Contains("HTTP 400", refused.Message, StringComparison.Ordinal);
        var written = string.Join('\n', logs.Select(Everything));
        Assert.DoesNotContain(SmsTestHost.NumberDigits, written, StringComparison.Ordinal);
        Assert.DoesNotContain(SmsTestHost.Code, written, StringComparison.Ordinal);
        Assert.DoesNotContain(PlivoStandIn.AuthToken, written, StringComparison.Ordinal);
    }

    public void Dispose() => _plivo.Dispose();

    private static string Everything(FakeLogRecord record)
    {
        var state = record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? [];
        return string.Join(' ', [record.Category, record.Message, record.Exception?.ToString(), .. state]);
    }
}
