using System.Text.Json;

namespace TwoStep.MintToken;

/// <summary>The <c>Auth</c> section of the host's development settings, the defaults of every token.</summary>
internal sealed record DevelopmentSettings(string? Issuer, string? Audience, string? SigningKey)
{
    private const string RelativePath = "src/Host/appsettings.Development.json";

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads <paramref name="path"/>, or the host's file found above the working directory.</summary>
    public static DevelopmentSettings Load(string? path)
    {
        var file = path ?? Find();
        if (file is null)
        {
            return new DevelopmentSettings(null, null, null);
        }

        if (!File.Exists(file))
        {
            throw new ArgumentException($"Settings file '{file}' does not exist.");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file), JsonOptions);
        if (!json.RootElement.TryGetProperty("Auth", out var auth))
        {
            return new DevelopmentSettings(null, null, null);
        }

        return new DevelopmentSettings(Text(auth, "Issuer"), Text(auth, "Audience"), Text(auth, "SigningKey"));
    }

    private static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? Text(JsonElement section, string name) =>
        section.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
