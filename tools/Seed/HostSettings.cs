namespace TwoStep.Seed;

/// <summary>
/// The service's own settings files (src/Host/appsettings.json and the one of the environment,
/// Development unless DOTNET_ENVIRONMENT says otherwise), found above the working directory, so the
/// seed writes with the keys the service reads with.
/// </summary>
internal static class HostSettings
{
    private const string HostDirectory = "src/Host";

    public static IEnumerable<string> Files(string environment)
    {
        var directory = Find();
        if (directory is null)
        {
            yield break;
        }

        yield return Path.Combine(directory, "appsettings.json");
        yield return Path.Combine(directory, $"appsettings.{environment}.json");
    }

    private static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, HostDirectory);
                if (File.Exists(Path.Combine(candidate, "appsettings.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
