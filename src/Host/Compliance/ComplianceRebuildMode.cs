using Mediator;
using TwoStep.Application.Compliance.RebuildCompliance;

namespace TwoStep.Host.Compliance;

/// <summary>
/// <c>--rebuild-compliance</c>: the host joins the cluster, recreates the compliance read model of
/// every organization from grain state, and exits (0 when done, 1 when it failed).
/// </summary>
public static class ComplianceRebuildMode
{
    public const string Flag = "--rebuild-compliance";

    public static bool IsAsked(string[] args) => args.Contains(Flag, StringComparer.Ordinal);

    /// <summary>The arguments without the flag, for the configuration to read.</summary>
    public static string[] Without(string[] args) => [.. args.Where(arg => arg != Flag)];

    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ComplianceRebuildMode));
        try
        {
            var mediator = app.Services.GetRequiredService<IMediator>();
            var rebuilt = await mediator.Send(new RebuildComplianceCommand(), app.Lifetime.ApplicationStopping);
            ComplianceLog.Rebuilt(logger, rebuilt.Organizations, rebuilt.Members);
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ComplianceLog.RebuildFailed(logger, exception);
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
