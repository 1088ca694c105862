using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TwoStep.Application.Compliance;
using TwoStep.Application.Organizations;
using TwoStep.Infrastructure.Compliance;
using TwoStep.Infrastructure.Integrations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Organizations;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>
    /// The audit log the organization grains write to, the event outbox it feeds, and the
    /// compliance read model it keeps in step.
    /// </summary>
    public static IServiceCollection AddTwoStepOrganizations(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddTwoStepIntegratorEvents();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOrganizationChangeProjection, ComplianceProjection>());
        services.TryAddSingleton<IComplianceReadModel, PostgresComplianceReadModel>();
        services.TryAddSingleton<IComplianceRebuild, ComplianceRebuild>();
        services.TryAddSingleton<IOrganizationDirectory, PostgresOrganizationDirectory>();
        services.TryAddSingleton(provider =>
            new AuditLogImport(provider.GetRequiredService<IOptions<DatabaseOptions>>()));
        return services;
    }
}
