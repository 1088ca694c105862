using Mediator;
using TwoStep.Application.Compliance.RebuildCompliance;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.Compliance;

/// <summary>
/// <c>TwoStep.Host rebuild-compliance [--organization id]</c>: the host joins the cluster as one more
/// silo (settings after the verb still apply, such as free <c>--Orleans:SiloPort</c> and
/// <c>--Orleans:GatewayPort</c>), recreates the compliance read model of the one organization, or of
/// every organization, from grain state, and exits: 0 when done, 1 when it failed, 2 when the
/// arguments name no organization (nothing is rebuilt then).
/// </summary>
public static class RebuildComplianceVerb
{
    public const string Verb = "rebuild-compliance";

    public const string OrganizationOption = "--organization";

    public static bool IsRequested(string[] args) => args is [Verb, ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);

        try
        {
            return await RunAsync(app.Services, args, app.Lifetime.ApplicationStopping);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>Rebuilds as <paramref name="args"/> ask and answers the exit code; the host keeps running.</summary>
    public static async Task<int> RunAsync(
        IServiceProvider services,
        string[] args,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RebuildComplianceVerb));
        if (!TryReadOrganization(args, out var organizationId))
        {
            ComplianceLog.OrganizationMissing(logger);
            return 2;
        }

        try
        {
            var mediator = services.GetRequiredService<IMediator>();
            var rebuilt = await mediator.Send(new RebuildComplianceCommand(organizationId), cancellationToken);
            if (organizationId is null)
            {
                ComplianceLog.Rebuilt(logger, rebuilt.Organizations, rebuilt.Members);
            }
            else
            {
                ComplianceLog.RebuiltOne(logger, organizationId, rebuilt.Members);
            }

            return 0;
        }
        catch (RefusalException refusal) when (refusal.Code == ErrorCode.NotFound && organizationId is not null)
        {
            ComplianceLog.NoSuchOrganization(logger, organizationId);
            return 2;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ComplianceLog.RebuildFailed(logger, exception);
            return 1;
        }
    }

    /// <summary>
    /// The id given as <c>--organization id</c> or <c>--organization=id</c> (the last one counts), null
    /// when the option is left out; false when the option has no id.
    /// </summary>
    public static bool TryReadOrganization(string[] args, out string? organizationId)
    {
        ArgumentNullException.ThrowIfNull(args);

        organizationId = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? value;
            if (args[i] == OrganizationOption)
            {
                value = i + 1 < args.Length && !args[i + 1].StartsWith('-') ? args[++i] : null;
            }
            else if (args[i].StartsWith(OrganizationOption + "=", StringComparison.Ordinal))
            {
                value = args[i][(OrganizationOption.Length + 1)..];
            }
            else
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                organizationId = null;
                return false;
            }

            organizationId = value;
        }

        return true;
    }
}
