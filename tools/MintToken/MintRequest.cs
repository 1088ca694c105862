using System.Globalization;

namespace TwoStep.MintToken;

/// <summary>What to put in the token, from the command line and the host's development settings.</summary>
internal sealed record MintRequest(
    string Subject,
    string? Email,
    string? Name,
    string IdentityProvider,
    TimeSpan AuthAge,
    TimeSpan Lifetime,
    string Issuer,
    string Audience,
    string SigningKey)
{
    public const string Usage = """
        Mints a bearer token for a local TwoStep host (development only).

        Usage: dotnet run --project tools/MintToken -- [options]

          --sub <id>            user id, the sub claim (default: dev-user)
          --email <address>     email claim (default: <sub>@example.com)
          --name <name>         name claim (default: Dev User)
          --idp <provider>      password, google, microsoft or sso (default: password)
          --auth-age <seconds>  how long ago the primary sign-in happened, the auth_time claim
                                (default: 0; older than 300 asks for a fresh sign-in)
          --lifetime <seconds>  how long the token is valid (default: 3600)
          --issuer <iss>        default: Auth:Issuer of src/Host/appsettings.Development.json
          --audience <aud>      default: Auth:Audience of that file
          --key <secret>        HS256 key, at least 32 characters; default: Auth:SigningKey of that file
          --settings <path>     another appsettings file to read the defaults from
          --help                show this text

        The token is printed alone on one line, ready for: Authorization: Bearer <token>
        """;

    private static readonly string[] Providers = ["password", "google", "microsoft", "sso"];

    /// <summary>The request, or <c>null</c> when help was asked for.</summary>
    /// <exception cref="ArgumentException">An option is unknown, missing its value or invalid.</exception>
    public static MintRequest? Parse(IReadOnlyList<string> args)
    {
        var options = ReadOptions(args);
        if (options is null)
        {
            return null;
        }

        var settings = DevelopmentSettings.Load(options.GetValueOrDefault("settings"));
        var subject = options.GetValueOrDefault("sub") ?? "dev-user";
        var provider = options.GetValueOrDefault("idp") ?? "password";
        if (!Providers.Contains(provider))
        {
            throw new ArgumentException($"--idp must be one of {string.Join(", ", Providers)}.");
        }

        var key = options.GetValueOrDefault("key") ?? settings.SigningKey
            ?? throw new ArgumentException("No signing key: pass --key or set Auth:SigningKey in the settings.");
        if (key.Length < 32)
        {
            throw new ArgumentException("The signing key must be at least 32 characters long.");
        }

        return new MintRequest(
            subject,
            options.GetValueOrDefault("email") ?? $"{subject}@example.com",
            options.GetValueOrDefault("name") ?? "Dev User",
            provider,
            Seconds(options, "auth-age", 0),
            Seconds(options, "lifetime", 3600),
            options.GetValueOrDefault("issuer") ?? settings.Issuer
                ?? throw new ArgumentException("No issuer: pass --issuer or set Auth:Issuer in the settings."),
            options.GetValueOrDefault("audience") ?? settings.Audience
                ?? throw new ArgumentException("No audience: pass --audience or set Auth:Audience in the settings."),
            key);
    }

    private static Dictionary<string, string>? ReadOptions(IReadOnlyList<string> args)
    {
        string[] known =
            ["sub", "email", "name", "idp", "auth-age", "lifetime", "issuer", "audience", "key", "settings"];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                return null;
            }

            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : null;
            if (name is null || !known.Contains(name))
            {
                throw new ArgumentException($"Unknown option '{arg}'.");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"--{name} needs a value.");
            }

            options[name] = args[++i];
        }

        return options;
    }

    private static TimeSpan Seconds(Dictionary<string, string> options, string name, int fallback)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return TimeSpan.FromSeconds(fallback);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new ArgumentException($"--{name} must be a whole number of seconds.");
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
