using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.Events;
using TwoStep.Infrastructure.Events;

namespace TwoStep.Infrastructure.Organizations;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>The audit log the organization grains write to, and the hub their events go to.</summary>
    public static IServiceCollection AddTwoStepOrganizations(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        services.TryAddSingleton<IOrganizationEvents, InProcessOrganizationEvents>();
        return services;
    }
}
