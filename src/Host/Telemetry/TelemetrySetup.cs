using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TwoStep.Host.Telemetry;

public static class TelemetrySetup
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Whether traces and metrics leave the process: only when an OTLP endpoint is configured.</summary>
    public static bool IsExporting(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
    }

    /// <summary>
    /// Traces and metrics of ASP.NET Core, outgoing HTTP (the SMS provider) and Orleans, exported over
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Without an endpoint nothing is traced:
    /// spans nobody receives would cost every request on the hot path for nothing.
    /// </summary>
    public static IServiceCollection AddTwoStepTelemetry(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        if (!IsExporting(configuration))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("twostep"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Microsoft.Orleans"))
            .UseOtlpExporter();

        return services;
    }
}
