using Microsoft.AspNetCore.Authentication;

namespace TwoStep.Host.Auth.Integrators;

public static class IntegratorKeySetup
{
    /// <summary>
    /// The integrator key scheme. The default scheme hands it requests whose bearer value has the
    /// shape of an integrator key (<c>tsi_</c>…) before the provisioning keys and the tokens are
    /// considered. Call it after <c>AddTwoStepProvisioning</c>.
    /// </summary>
    public static IServiceCollection AddTwoStepIntegratorKeys(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, IntegratorKeyHandler>(
                IntegratorKeyDefaults.AuthenticationScheme,
                null);
        services.PostConfigure<PolicySchemeOptions>(TwoStepTokenScheme.Selector, policy =>
        {
            var next = policy.ForwardDefaultSelector;
            policy.ForwardDefaultSelector = context => IntegratorKeyHandler.CarriesKey(context.Request)
                ? IntegratorKeyDefaults.AuthenticationScheme
                : next?.Invoke(context);
        });

        return services;
    }
}
