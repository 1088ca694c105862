using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TwoStep.Application.Organizations;
using TwoStep.Infrastructure.Integrations;

namespace TwoStep.Infrastructure.Organizations;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>The audit log the organization grains write to, and the event outbox it feeds.</summary>
    public static IServiceCollection AddTwoStepOrganizations(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddTwoStepIntegratorEvents();
        return services;
    }
}
