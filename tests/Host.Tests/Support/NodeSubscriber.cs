using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace TwoStep.Host.Tests.Support;

/// <summary>The real <c>graphql-ws</c> client, run by node, subscribing once and reporting what it saw.</summary>
public sealed class NodeSubscriber : IDisposable
{
    private static readonly SemaphoreSlim InstallOnce = new(1, 1);
    private readonly Process _process;

    private NodeSubscriber(Process process) => _process = process;

    public static string Folder => Path.Combine(RepositoryPaths.TestProject, "GraphQLWebSocket");

    /// <summary>Subscribes and reports the first <paramref name="count"/> events (one line each).</summary>
    public static async Task<NodeSubscriber> StartAsync(
        Uri url,
        string token,
        string query,
        object variables,
        int count = 1)
    {
        await InstallAsync();

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "subscribe.mjs",
            url.ToString(),
            token,
            query,
            JsonSerializer.Serialize(variables),
            count.ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new NodeSubscriber(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
    }

    /// <summary>The next JSON line the script printed, or a failure when it printed none in time.</summary>
    public async Task<JsonElement> NextLineAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var line = await _process.StandardOutput.ReadLineAsync(cancel.Token);
        if (line is null)
        {
            var error = await _process.StandardError.ReadToEndAsync(CancellationToken.None);
            throw new InvalidOperationException($"The graphql-ws script ended without an answer: {error}");
        }

        return JsonDocument.Parse(line).RootElement;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static async Task InstallAsync()
    {
        await InstallOnce.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-ws")))
            {
                return;
            }

            var start = new ProcessStartInfo("npm") { WorkingDirectory = Folder };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            var install = await ProcessRun.RunAsync(start, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, $"npm ci failed: {install.Error}");
        }
        finally
        {
            InstallOnce.Release();
        }
    }
}
