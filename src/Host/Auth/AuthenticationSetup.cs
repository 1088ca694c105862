using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using TwoStep.Infrastructure.Tokens;

namespace TwoStep.Host.Auth;

public static class AuthenticationSetup
{
    // Tokens are short-lived; a small allowance covers clocks that drift between machines.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bearer JWT authentication: the identity provider's tokens from the <c>Auth</c> section
    /// (validated at start), and TwoStep's own two-step tokens against its published keys.
    /// </summary>
    public static IServiceCollection AddTwoStepAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<BearerTokenAuthenticator>();

        services.AddAuthentication(TwoStepTokenScheme.Selector)
            .AddPolicyScheme(TwoStepTokenScheme.Selector, null, policy =>
                policy.ForwardDefaultSelector = TwoStepTokenScheme.Select)
            .AddJwtBearer()
            .AddJwtBearer(TwoStepTokenScheme.Name);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IHostEnvironment>((jwt, auth, environment) =>
            {
                KeepClaimNames(jwt);
                Configure(jwt, auth.Value, environment);
            });
        services.AddOptions<JwtBearerOptions>(TwoStepTokenScheme.Name)
            .Configure<SigningKeys, TokenSettings, TimeProvider>((jwt, keys, settings, time) =>
            {
                KeepClaimNames(jwt);
                jwt.TokenValidationParameters = TwoStepTokenValidation.Parameters(keys, settings, time);
            });

        RememberBearers(services);
        return services;
    }

    // Wraps the authentication service AddAuthentication registered (same lifetime), so the
    // authentication middleware finds a token it authenticated a moment ago without the schemes.
    private static void RememberBearers(IServiceCollection services)
    {
        services.AddSingleton<RememberedBearers>();
        var original = services.Last(service => service.ServiceType == typeof(IAuthenticationService));
        var implementation = original.ImplementationType
            ?? throw new InvalidOperationException("The authentication service is not a plain type registration.");
        var create = ActivatorUtilities.CreateFactory(implementation, Type.EmptyTypes);
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(
            typeof(IAuthenticationService),
            provider => new RememberedBearerAuthentication(
                () => (IAuthenticationService)create(provider, null),
                provider.GetRequiredService<RememberedBearers>()),
            original.Lifetime));
    }

    // Claims keep their JWT names (sub, idp, auth_time) instead of WS-* URIs.
    private static void KeepClaimNames(JwtBearerOptions jwt)
    {
        jwt.TokenHandlers.Clear();
        jwt.TokenHandlers.Add(new JsonWebTokenHandler { MapInboundClaims = false });
        jwt.MapInboundClaims = false;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth, IHostEnvironment environment)
    {
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
            NameClaimType = TokenClaims.Name,
        };

        if (!string.IsNullOrEmpty(auth.SigningKey))
        {
            jwt.TokenValidationParameters.IssuerSigningKey =
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.SigningKey));
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            return;
        }

        jwt.Authority = auth.Authority;
        jwt.RequireHttpsMetadata = !environment.IsDevelopment();
    }
}
