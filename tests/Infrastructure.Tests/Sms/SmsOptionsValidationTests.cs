using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TwoStep.Infrastructure.Tests.Sms;

public sealed class SmsOptionsValidationTests
{
    private const string Unused = "http://127.0.0.1:9";

    [Fact]
    public async Task Start_fails_naming_Plivo_AuthId_when_it_is_missing_and_Plivo_is_the_provider()
    {
        var settings = SmsTestHost.Plivo(Unused);
        settings.Remove("Plivo:AuthId");

        var error = await StartFailureAsync(settings);

        Assert.Contains("Plivo:AuthId is required when Sms:Provider is Plivo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_naming_Plivo_SourceNumber_when_it_is_not_E164()
    {
        var settings = SmsTestHost.Plivo(Unused);
        settings["Plivo:SourceNumber"] = "(415) 555-0100";

        var error = await StartFailureAsync(settings);

        Assert.Contains("Plivo:SourceNumber must be an E.164 number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_naming_Plivo_BaseUrl_when_it_is_not_an_absolute_url()
    {
        var settings = SmsTestHost.Plivo("api.plivo.com");

        var error = await StartFailureAsync(settings);

        Assert.Contains("Plivo:BaseUrl must be an absolute http or https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_naming_the_timeout_when_the_attempt_timeout_exceeds_the_total()
    {
        var settings = SmsTestHost.Plivo(Unused);
        settings["Plivo:AttemptTimeout"] = "00:02:00";

        var error = await StartFailureAsync(settings);

        Assert.Contains(
            "Plivo:TotalTimeout must be at least Plivo:AttemptTimeout",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_when_the_console_sender_is_chosen_in_Production()
    {
        var settings = new Dictionary<string, string?> { ["Sms:Provider"] = "Console" };

        var error = await StartFailureAsync(settings, Environments.Production);

        Assert.Equal(
            "Sms:Provider=Console prints codes to the console and cannot run in Production",
            Assert.Single(error.Failures));
    }

    [Fact]
    public async Task Start_fails_naming_Sms_Provider_when_it_names_an_unknown_provider()
    {
        var settings = new Dictionary<string, string?> { ["Sms:Provider"] = "Carrier-Pigeon" };

        var error = await StartFailureAsync(settings);

        Assert.Contains("Sms:Provider 'Carrier-Pigeon' is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_naming_Sms_Provider_when_it_is_missing()
    {
        var error = await StartFailureAsync(new Dictionary<string, string?>());

        Assert.Contains("Sms:Provider is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starts_with_the_console_sender_in_Development_without_any_Plivo_keys()
    {
        var settings = new Dictionary<string, string?> { ["Sms:Provider"] = "Console" };
        using var host = SmsTestHost.Build(settings);

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal("ConsoleSmsSender", host.Sender().GetType().Name);
    }

    [Fact]
    public async Task Starts_with_the_Plivo_sender_in_Production_when_the_Plivo_keys_are_valid()
    {
        using var host = SmsTestHost.Build(SmsTestHost.Plivo(Unused), Environments.Production);

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal("PlivoSmsSender", host.Sender().GetType().Name);
    }

    private static async Task<OptionsValidationException> StartFailureAsync(
        Dictionary<string, string?> settings,
        string environment = "Development")
    {
        using var host = SmsTestHost.Build(settings, environment);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
