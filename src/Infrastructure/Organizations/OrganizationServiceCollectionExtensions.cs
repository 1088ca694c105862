using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TwoStep.Application.Compliance;
using TwoStep.Application.Organizations;
using TwoStep.Application.Organizations.Events;
using TwoStep.Infrastructure.Compliance;
using TwoStep.Infrastructure.Events;

namespace TwoStep.Infrastructure.Organizations;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>
    /// The audit log the organization grains write to, the projections it keeps in step (the
    /// compliance read model), and the hub their events go to.
    /// </summary>
    public static IServiceCollection AddTwoStepOrganizations(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOrganizationChangeProjection, ComplianceProjection>());
        services.TryAddSingleton<IComplianceReadModel, PostgresComplianceReadModel>();
        services.TryAddSingleton<IComplianceRebuild, ComplianceRebuild>();
        services.TryAddSingleton<IOrganizationDirectory, PostgresOrganizationDirectory>();
        services.TryAddSingleton<IOrganizationEvents, InProcessOrganizationEvents>();
        return services;
    }
}
