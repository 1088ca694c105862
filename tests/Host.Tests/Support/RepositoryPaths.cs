namespace TwoStep.Host.Tests.Support;

/// <summary>Where things are in the checkout this test run was built from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "Host.Tests");

    public static string GraphQLAudit => Path.Combine(TestProject, "GraphQLAudit");

    /// <summary>The host as built next to this test assembly (same configuration and framework).</summary>
    public static string HostAssembly
    {
        get
        {
            var output = Path.GetRelativePath(TestProject, AppContext.BaseDirectory);
            return Path.Combine(Root, "src", "Host", output, "TwoStep.Host.dll");
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TwoStep.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests do not run from inside a TwoStep checkout.");
    }
}
