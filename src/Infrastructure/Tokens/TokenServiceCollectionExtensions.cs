using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TwoStep.Application.Common;
using TwoStep.Application.SignIn;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Tokens;

public static class TokenServiceCollectionExtensions
{
    public const string AudienceKey = "Auth:Audience";

    /// <summary>
    /// Two-step tokens: the keys in PostgreSQL (read before the host serves, so migrate first),
    /// the issuer behind <see cref="ITwoStepTokenIssuer"/>, and <see cref="TokenSettings"/> from
    /// <c>TwoStep:TokenIssuer</c>, <c>TwoStep:TokenLifetime</c> and <c>Auth:Audience</c>.
    /// Needs <c>AddTwoStepInfrastructure</c>.
    /// </summary>
    public static IServiceCollection AddTwoStepTokens(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton(provider => Settings(provider, configuration));
        services.AddSingleton(provider => new SigningKeySealer(
            Encoding.UTF8.GetBytes(provider.GetRequiredService<IOptions<TwoStepOptions>>().Value.CodeHashKey)));
        services.AddSingleton(provider => new SigningKeyRepository(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString!,
            provider.GetRequiredService<SigningKeySealer>(),
            provider.GetRequiredService<TokenSettings>(),
            provider.GetRequiredService<ILogger<SigningKeyRepository>>()));
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<ITwoStepTokenIssuer, TwoStepTokenIssuer>();
        services.AddSingleton<IHostedService, SigningKeyRefresher>();

        return services;
    }

    private static TokenSettings Settings(IServiceProvider provider, IConfiguration configuration)
    {
        var options = provider.GetRequiredService<IOptions<TwoStepOptions>>().Value;
        var audience = configuration[AudienceKey];
        if (string.IsNullOrWhiteSpace(audience))
        {
            throw new InvalidOperationException(
                $"{AudienceKey} is not set: two-step tokens carry the same audience as the identity provider's.");
        }

        return new TokenSettings
        {
            Issuer = options.TokenIssuer,
            Audience = audience,
            Lifetime = options.TokenLifetime,
        };
    }
}
