using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TwoStep.Application.Organizations;

namespace TwoStep.Infrastructure.Organizations;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>The audit log the organization grains write to.</summary>
    public static IServiceCollection AddTwoStepOrganizations(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        return services;
    }
}
