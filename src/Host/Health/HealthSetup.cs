using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Host.Health;

public static class HealthSetup
{
    private const string Live = "live";
    private const string Ready = "ready";

    /// <summary>Liveness (the process answers) and readiness (PostgreSQL answers and the silo is active).</summary>
    public static IServiceCollection AddTwoStepHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: [Live])
            .AddNpgSql(
                provider => ConnectionStrings.TwoStep(provider.GetRequiredService<IConfiguration>()),
                name: "postgresql",
                tags: [Ready],
                timeout: TimeSpan.FromSeconds(5))
            .AddCheck<SiloActiveHealthCheck>("orleans-silo", tags: [Ready]);

        return services;
    }

    public static IEndpointRouteBuilder MapTwoStepHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", Only(Live));
        endpoints.MapHealthChecks("/health/ready", Only(Ready));
        return endpoints;
    }

    private static HealthCheckOptions Only(string tag) => new()
    {
        Predicate = registration => registration.Tags.Contains(tag),
    };
}
