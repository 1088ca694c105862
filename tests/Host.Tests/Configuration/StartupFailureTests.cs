using System.Diagnostics;
using System.Text.RegularExpressions;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Configuration;

/// <summary>The real host process, started by an operator with one thing wrong.</summary>
public sealed partial class StartupFailureTests
{
    private static readonly string[] ForeignSettings =
    [
        "ConnectionStrings__", "Auth__", "TwoStep__", "Sms__", "Plivo__", "Orleans__", "GraphQL__",
        "ASPNETCORE_", "DOTNET_ENVIRONMENT",
    ];

    private static Dictionary<string, string?> ValidSettings() => new()
    {
        ["ConnectionStrings__TwoStep"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=twostep;Timeout=2",
        ["Auth__Issuer"] = TestTokens.Issuer,
        ["Auth__Audience"] = TestTokens.Audience,
        ["Auth__SigningKey"] = TestTokens.SigningKey,
        ["TwoStep__CodeHashKey"] = HostFixture.CodeHashKey,
        ["TwoStep__AllowedCountries__0"] = "US",
        ["Sms__Provider"] = "Plivo",
        ["Plivo__AuthId"] = PlivoStandIn.AuthId,
        ["Plivo__AuthToken"] = PlivoStandIn.AuthToken,
        ["Plivo__SourceNumber"] = PlivoStandIn.SourceNumber,
    };

    public static TheoryData<string, string?, string> BadSettings => new()
    {
        { "Auth__Issuer", null, "Auth:Issuer" },
        { "Auth__SigningKey", "short-key", "Auth:SigningKey" },
        { "Auth__Authority", "https://login.example.com", "exactly one of Auth:SigningKey" },
        { "Auth__SigningKey", null, "exactly one of Auth:SigningKey" },
        { "TwoStep__CodeHashKey", null, "CodeHashKey" },
        { "ConnectionStrings__TwoStep", null, "ConnectionStrings:TwoStep" },
        { "ConnectionStrings__TwoStep", "Host=127.0.0.1;Port=1;Timeout=2", "Cannot reach PostgreSQL" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task The_host_refuses_to_start_with_a_readable_message_naming_the_problem(
        string key,
        string? value,
        string expected)
    {
        var settings = ValidSettings();
        settings[key] = value;

        var run = await StartHostAsync(settings);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), run.Error);
        Assert.DoesNotMatch(StackFrame(), run.Output);
    }

    private static async Task<ProcessRun> StartHostAsync(Dictionary<string, string?> settings)
    {
        var host = RepositoryPaths.HostAssembly;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(host)! };
        start.ArgumentList.Add(host);

        foreach (var name in start.Environment.Keys.ToList())
        {
            if (ForeignSettings.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings)
        {
            if (value is not null)
            {
                start.Environment[key] = value;
            }
        }

        return await ProcessRun.RunAsync(start, TimeSpan.FromSeconds(60));
    }

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
