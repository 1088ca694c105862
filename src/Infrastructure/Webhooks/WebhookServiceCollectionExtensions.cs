using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TwoStep.Application.Common;
using TwoStep.Application.Webhooks;

namespace TwoStep.Infrastructure.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Webhook endpoints, the URL guard and the dispatcher, with the validated <c>Webhooks</c> section.
    /// The event outbox they deliver from comes with the organizations.
    /// </summary>
    public static IServiceCollection AddTwoStepWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());

        services.TryAddSingleton(provider => new WebhookSecretSealer(Encoding.UTF8.GetBytes(
            provider.GetRequiredService<IOptions<TwoStepOptions>>().Value.CodeHashKey)));
        services.TryAddSingleton<IWebhookEndpoints, PostgresWebhookEndpoints>();
        services.TryAddSingleton<IWebhookUrlGuard, WebhookUrlGuard>();
        services.TryAddSingleton<WebhookDeliveryStore>();
        services.TryAddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
