using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace TwoStep.Host.Auth.Provisioning;

public static class ProvisioningSetup
{
    /// <summary>
    /// Provisioning keys from the <c>Provisioning</c> section, validated at start. Requests that carry
    /// a key are handed from the bearer scheme to the key scheme; everything else is left as it was.
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
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var next = jwt.ForwardDefaultSelector;
            jwt.ForwardDefaultSelector = context => ProvisioningKeyHandler.CarriesKey(context.Request)
                ? ProvisioningKeyDefaults.AuthenticationScheme
                : next?.Invoke(context);
        });

        return services;
    }
}
