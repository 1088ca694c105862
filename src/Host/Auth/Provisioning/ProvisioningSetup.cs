using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TwoStep.Host.Auth.Provisioning;

public static class ProvisioningSetup
{
    /// <summary>
    /// Provisioning keys from the <c>Provisioning</c> section, validated at start. The default scheme
    /// hands requests that carry a key to the key scheme; tokens go where they went before.
    /// </summary>
    public static IServiceCollection AddTwoStepProvisioning(this IServiceCollection services)
    {
        services.AddOptions<ProvisioningOptions>()
            .BindConfiguration(ProvisioningOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProvisioningOptions>, ProvisioningOptionsValidator>();
        services.AddSingleton<ProvisioningKeys>();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ProvisioningKeyHandler>(
                ProvisioningKeyDefaults.AuthenticationScheme,
                null);
        services.PostConfigure<PolicySchemeOptions>(TwoStepTokenScheme.Selector, policy =>
        {
            var next = policy.ForwardDefaultSelector;
            policy.ForwardDefaultSelector = context => ProvisioningKeyHandler.CarriesKey(context.Request)
                ? ProvisioningKeyDefaults.AuthenticationScheme
                : next?.Invoke(context);
        });

        return services;
    }
}
