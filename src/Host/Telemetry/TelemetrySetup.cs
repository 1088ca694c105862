using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TwoStep.Host.Telemetry;

public static class TelemetrySetup
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Traces and metrics of ASP.NET Core, outgoing HTTP (the SMS provider) and Orleans, exported over
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and kept in process otherwise.
    /// </summary>
    public static IServiceCollection AddTwoStepTelemetry(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("twostep"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Microsoft.Orleans"));

        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
