using System.Text;
using System.Text.Json;
using TwoStep.Application.Sms;
using WireMock;

namespace TwoStep.Infrastructure.Tests.Sms;

public sealed class PlivoSmsSenderTests : IDisposable
{
    private readonly PlivoStandIn _plivo = new();

    [Fact]
    public async Task Posts_the_message_to_the_account_path_with_basic_auth_and_json()
    {
        _plivo.AnswerInTurn(PlivoStandIn.Accepted());
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        await host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None);

        var request = Assert.Single(_plivo.Requests);
        var credentials = Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{PlivoStandIn.AuthId}:{PlivoStandIn.AuthToken}"));
        Assert.Equal("POST", request.Method);
        Assert.Equal(PlivoStandIn.MessagePath, request.Path);
        Assert.Equal($"Basic {credentials}", Header(request, "Authorization"));
        Assert.StartsWith("application/json", Header(request, "Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_src_dst_and_text_with_a_literal_plus_in_the_raw_body()
    {
        _plivo.AnswerInTurn(PlivoStandIn.Accepted());
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        await host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None);

        var body = Assert.Single(_plivo.Requests).Body!;
        Assert.Contains($"\"src\":\"{PlivoStandIn.SourceNumber}\"", body, StringComparison.Ordinal);
        Assert.Contains($"\"dst\":\"{SmsTestHost.Number}\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", body, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(SmsTestHost.Message.Text, json.RootElement.GetProperty("text").GetString());
        Assert.Equal(3, json.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public async Task Completes_and_logs_the_message_uuid_with_the_masked_number_when_Plivo_answers_202()
    {
        _plivo.AnswerInTurn(PlivoStandIn.Accepted("5f4c2a10-aaaa-4bbb-8ccc-0123456789ab"));
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        await host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None);

        var accepted = Assert.Single(host.Logs(), record => record.Id.Id == 4101);
        Assert.Equal(
            "Plivo accepted SMS 5f4c2a10-aaaa-4bbb-8ccc-0123456789ab to +1 ••• ••• 4567",
            accepted.Message);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    public async Task Does_not_retry_a_permanent_refusal_and_fails_naming_only_the_status(int status)
    {
        _plivo.AnswerInTurn(PlivoStandIn.Refused(status), PlivoStandIn.Accepted());
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(
            () => host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None));

        Assert.Single(_plivo.Requests);
        Assert.Contains($"HTTP {status}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SmsTestHost.NumberDigits, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SmsTestHost.Code, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(PlivoStandIn.AuthToken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_Plivo_answers_202_without_a_message_uuid()
    {
        _plivo.AnswerInTurn(PlivoStandIn.Json(202, """{"api_id":"4e1f954c-baf3","message_uuid":[]}"""));
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(_plivo.Url));

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(
            () => host.Sender().SendAsync(SmsTestHost.Message, CancellationToken.None));

        Assert.Contains("without a message uuid", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _plivo.Dispose();

    private static string Header(IRequestMessage request, string name) =>
        request.Headers!.Single(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            .Value.Single();
}
