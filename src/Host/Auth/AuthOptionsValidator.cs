using Microsoft.Extensions.Options;

namespace TwoStep.Host.Auth;

/// <summary>Refuses an <c>Auth</c> section that cannot validate tokens, naming the key at fault.</summary>
internal sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Auth:Issuer is required: the issuer (iss) that incoming tokens must carry.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Auth:Audience is required: the audience (aud) that incoming tokens must carry.");
        }

        failures.AddRange(ValidateKeySource(options));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> ValidateKeySource(AuthOptions options)
    {
        var hasKey = !string.IsNullOrEmpty(options.SigningKey);
        var hasAuthority = !string.IsNullOrWhiteSpace(options.Authority);

        if (hasKey == hasAuthority)
        {
            yield return "Set exactly one of Auth:SigningKey (a development HS256 key) "
                + "and Auth:Authority (an OIDC authority).";
            yield break;
        }

        if (hasKey && options.SigningKey!.Length < AuthOptions.MinimumSigningKeyLength)
        {
            yield return $"Auth:SigningKey must be at least {AuthOptions.MinimumSigningKeyLength} characters long.";
        }

        if (hasAuthority && !IsAcceptableAuthority(options.Authority!))
        {
            yield return environment.IsDevelopment()
                ? "Auth:Authority must be an absolute http or https URL."
                : "Auth:Authority must be an absolute https URL.";
        }
    }

    private bool IsAcceptableAuthority(string authority)
    {
        if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && environment.IsDevelopment());
    }
}
