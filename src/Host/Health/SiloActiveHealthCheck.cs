using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TwoStep.Host.Health;

/// <summary>Healthy while this process's Orleans silo is an active member of its cluster.</summary>
public sealed class SiloActiveHealthCheck(
    IClusterMembershipService membership,
    ILocalSiloDetails localSilo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);

        var result = status == SiloStatus.Active
            ? HealthCheckResult.Healthy("The silo is active.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"The silo is {status}.");
        return Task.FromResult(result);
    }
}
