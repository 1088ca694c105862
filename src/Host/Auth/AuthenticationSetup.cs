using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TwoStep.Host.Auth;

public static class AuthenticationSetup
{
    // Tokens are short-lived; a small allowance covers clocks that drift between machines.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Bearer JWT authentication from the <c>Auth</c> section, validated at start.</summary>
    public static IServiceCollection AddTwoStepAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IHostEnvironment>(
                (jwt, auth, environment) => Configure(jwt, auth.Value, environment));

        return services;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth, IHostEnvironment environment)
    {
        // Claims keep their JWT names (sub, idp, auth_time) instead of WS-* URIs.
        jwt.MapInboundClaims = false;
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
