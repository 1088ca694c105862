using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TwoStep.Application.Common;
using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Limits;
using TwoStep.Domain.Phones;
using TwoStep.Infrastructure.Organizations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Options of the <c>TwoStep</c> section (validated at start) and the domain services built
    /// from them. The SMS sender is registered separately.
    /// </summary>
    public static IServiceCollection AddTwoStepInfrastructure(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<TwoStepOptions>()
            .Bind(configuration.GetSection(TwoStepOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<DatabaseOptions>()
            .Configure(options => options.ConnectionString = configuration.GetConnectionString("TwoStep"))
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.ConnectionString),
                $"{ConnectionStrings.Key} is not set: point it at the PostgreSQL database TwoStep should use.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => Options(provider).ToSettings());
        services.TryAddSingleton(provider => new PhoneNumberPolicy(Options(provider).AllowedCountries));
        services.TryAddSingleton(provider =>
            new CodeHasher(Encoding.UTF8.GetBytes(Options(provider).CodeHashKey)));
        services.AddTwoStepOrganizations();

        return services;
    }

    private static TwoStepOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TwoStepOptions>>().Value;

    private static VerificationSettings ToSettings(this TwoStepOptions options) => new()
    {
        CodeLifetime = options.CodeLifetime,
        MaxAttemptsPerCode = options.MaxAttemptsPerCode,
        ReauthenticationWindow = options.ReauthenticationWindow,
        MaxConsecutiveFailures = options.MaxConsecutiveFailures,
        LockDuration = options.LockDuration,
        MaxLockDuration = options.MaxLockDuration,
        Sends = new SendLimits
        {
            MinimumInterval = options.SendInterval,
            PerHour = options.MaxSendsPerHour,
            PerDay = options.MaxSendsPerDay,
        },
    };
}
