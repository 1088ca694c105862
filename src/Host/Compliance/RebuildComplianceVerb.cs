using Mediator;
using TwoStep.Application.Compliance.RebuildCompliance;

namespace TwoStep.Host.Compliance;

/// <summary>
/// <c>TwoStep.Host rebuild-compliance</c>: the host joins the cluster as one more silo (settings
/// after the verb still apply, such as free <c>--Orleans:SiloPort</c> and <c>--Orleans:GatewayPort</c>),
/// recreates the compliance read model of every organization from grain state, and exits
/// (0 when done, 1 when it failed).
/// </summary>
public static class RebuildComplianceVerb
{
    public const string Verb = "rebuild-compliance";

    public static bool IsRequested(string[] args) => args is [Verb, ..];

    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RebuildComplianceVerb));
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
