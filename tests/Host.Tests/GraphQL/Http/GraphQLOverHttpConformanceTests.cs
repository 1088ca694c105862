using System.Diagnostics;
using System.Text.Json;
using TwoStep.Host.Tests.Support;
using Xunit.Abstractions;

namespace TwoStep.Host.Tests.GraphQL.Http;

/// <summary>The public conformance suite of GraphQL over HTTP: the server audits of graphql-http.</summary>
public sealed class GraphQLOverHttpConformanceTests(ListeningHostFixture host, ITestOutputHelper output)
    : IClassFixture<ListeningHostFixture>
{
    [Fact]
    public async Task The_endpoint_passes_every_required_audit_of_graphql_http()
    {
        await InstallAuditAsync();

        var run = await RunNodeAsync("audit.mjs", host.GraphQLUrl!.ToString());

        Assert.True(run.ExitCode == 0, $"The audit did not run: {run.Error}");
        var results = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var warning in results.Where(r => r.GetProperty("status").GetString() == "warn"))
        {
            output.WriteLine($"warning {Describe(warning)}");
        }

        var errors = results.Where(r => r.GetProperty("status").GetString() == "error").Select(Describe).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static string Describe(JsonElement result) =>
        $"{result.GetProperty("id").GetString()} {result.GetProperty("name").GetString()}: "
        + result.GetProperty("reason");

    private static async Task InstallAuditAsync()
    {
        if (Directory.Exists(Path.Combine(RepositoryPaths.GraphQLAudit, "node_modules", "graphql-http")))
        {
            return;
        }

        var start = new ProcessStartInfo("npm") { WorkingDirectory = RepositoryPaths.GraphQLAudit };
        start.ArgumentList.Add("ci");
        start.ArgumentList.Add("--no-audit");
        start.ArgumentList.Add("--no-fund");
        var install = await ProcessRun.RunAsync(start, TimeSpan.FromMinutes(5));
        Assert.True(install.ExitCode == 0, $"npm ci failed: {install.Error}");
    }

    private static Task<ProcessRun> RunNodeAsync(string script, string argument)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryPaths.GraphQLAudit };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        return ProcessRun.RunAsync(start, TimeSpan.FromMinutes(2));
    }
}
