using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Tests.Sms;

public sealed class PlivoSmsSenderRetryTests : IDisposable
{
    private readonly PlivoStandIn _plivo = new();

    [Fact]
    public async Task Retries_a_500_and_succeeds_when_Plivo_then_accepts()
    {
        _plivo.AnswerInTurn(PlivoStandIn.Refused(500), PlivoStandIn.Accepted());
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        await host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None);

        Assert.Equal(2, _plivo.Requests.Count);
    }

    [Fact]
    public async Task Waits_as_long_as_Retry_After_asks_before_retrying_a_429()
    {
        var tooMany = PlivoStandIn.Refused(429).WithHeader("Retry-After", "1");
        _plivo.AnswerInTurn(tooMany, PlivoStandIn.Accepted());
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        await host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None);

        var requests = _plivo.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(
            requests[1].DateTime - requests[0].DateTime >= TimeSpan.FromMilliseconds(900),
            $"The retry came {(requests[1].DateTime - requests[0].DateTime).TotalMilliseconds} ms after the 429.");
    }

    [Fact]
    public async Task Gives_up_at_once_when_Retry_After_asks_for_more_than_the_longest_wait()
    {
        var tooMany = PlivoStandIn.Refused(429).WithHeader("Retry-After", "3600");
        _plivo.AnswerInTurn(tooMany, PlivoStandIn.Accepted());
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(
            () => host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None));

        Assert.Single(_plivo.Requests);
        Assert.Contains("HTTP 429", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_up_on_a_persistent_503_after_the_configured_retries()
    {
        _plivo.AnswerInTurn(PlivoStandIn.Refused(503));
        var settings = SmsTestHost.Plivo(_plivo.Url);
        settings["Plivo:MaxRetryAttempts"] = "3";
        using var host = SmsTestHost.Build(settings);

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(
            () => host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None));

        Assert.Equal(4, _plivo.Requests.Count);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abandons_an_attempt_slower_than_the_attempt_timeout_and_retries()
    {
        _plivo.AcceptSlowlyThenQuickly(TimeSpan.FromSeconds(5), "11111111-slow", "22222222-quick");
        var settings = SmsTestHost.Plivo(_plivo.Url);
        settings["Plivo:AttemptTimeout"] = "00:00:01";
        using var host = SmsTestHost.Build(settings);
        var clock = Stopwatch.StartNew();

        await host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The send took {clock.Elapsed}.");
        var accepted = Assert.Single(host.Logs(), record => record.Id.Id == 4101);
        Assert.Contains("22222222-quick", accepted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_after_the_retries_when_Plivo_cannot_be_reached()
    {
        using var host = SmsTestHost.Build(SmsTestHost.Plivo($"http://127.0.0.1:{ClosedPort()}"));

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(
            () => host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None));

        Assert.IsType<HttpRequestException>(error.InnerException);
        var attempts = host.Logs()
            .Count(record => record.Message.StartsWith("Sending HTTP request", StringComparison.Ordinal));
        Assert.Equal(3, attempts);
    }

    public void Dispose() => _plivo.Dispose();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
