using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TwoStep.Application.Integrations;
using TwoStep.Application.Organizations.Events;
using TwoStep.Application.Organizations.WatchEvents;
using TwoStep.Infrastructure.Events;
using TwoStep.Infrastructure.Organizations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Integrations;

public static class IntegratorEventServiceCollectionExtensions
{
    /// <summary>
    /// The event outbox (written by the audit append) and the relay that feeds this process's
    /// subscribers from it, whichever process recorded the events; its retention; and the integrator keys.
    /// </summary>
    public static IServiceCollection AddTwoStepIntegratorEvents(this IServiceCollection services)
    {
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IOrganizationChangeProjection, IntegratorEventOutbox>());
        services.TryAddSingleton<InProcessOrganizationEvents>();
        services.TryAddSingleton<OutboxEventReader>();
        services.TryAddSingleton<OutboxEventRelay>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxEventRelay>());
        services.TryAddSingleton<IOrganizationEvents, OutboxOrganizationEvents>();
        services.TryAddSingleton<IIntegratorKeys, PostgresIntegratorKeys>();
        services.TryAddSingleton<IRecordedEvents, PostgresRecordedEvents>();
        services.TryAddSingleton<WatchedFeeds>();

        services.AddOptions<IntegratorEventOptions>()
            .BindConfiguration(IntegratorEventOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<IntegratorEventOptions>, IntegratorEventOptionsValidator>());
        services.TryAddSingleton(provider => new OutboxRetention(
            provider.GetRequiredService<IOptions<DatabaseOptions>>(),
            provider.GetRequiredService<IOptions<IntegratorEventOptions>>(),
            provider.GetRequiredService<ILogger<OutboxRetention>>()));
        services.AddHostedService(provider => provider.GetRequiredService<OutboxRetention>());
        return services;
    }
}
