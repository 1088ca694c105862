using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using TwoStep.Application.Sms;
using TwoStep.Infrastructure.Sms;

namespace TwoStep.Infrastructure.Tests.Sms;

/// <summary>A real host with <c>AddSms</c>, in-memory configuration and every log line captured.</summary>
public static class SmsTestHost
{
    public const string Number = "+15551234567";
    public const string NumberDigits = "5551234567";
    public const string Code = "481516";

    public static SmsMessage Message { get; } = new(Number, $"Your TwoStep code is {Code}. It expires in 10 minutes.");

    public static IHost Build(IDictionary<string, string?> settings, string environment = "Development")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = environment,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddFakeLogging();
        builder.Services.AddSms(builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// A valid Plivo configuration with millisecond backoffs, so retry tests stay fast, and a
    /// generous attempt timeout, so a busy machine never turns a slow first answer into a retry.
    /// </summary>
    public static Dictionary<string, string?> Plivo(string baseUrl) => new()
    {
        ["Sms:Provider"] = "Plivo",
        ["Plivo:AuthId"] = PlivoStandIn.AuthId,
        ["Plivo:AuthToken"] = PlivoStandIn.AuthToken,
        ["Plivo:SourceNumber"] = PlivoStandIn.SourceNumber,
        ["Plivo:BaseUrl"] = baseUrl,
        ["Plivo:MaxRetryAttempts"] = "2",
        ["Plivo:RetryBaseDelay"] = "00:00:00.001",
        ["Plivo:MaxRetryDelay"] = "00:00:02",
        ["Plivo:AttemptTimeout"] = "00:00:30",
        ["Plivo:TotalTimeout"] = "00:01:00",
    };

    public static ISmsSender Sender(this IHost host) => host.Services.GetRequiredService<ISmsSender>();

    public static IReadOnlyList<FakeLogRecord> Logs(this IHost host) =>
        host.Services.GetFakeLogCollector().GetSnapshot();
}
