using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance.RebuildCompliance;

public sealed class RebuildComplianceHandler(IGrainFactory grains, IOrganizationDirectory directory)
    : ICommandHandler<RebuildComplianceCommand, ComplianceRebuilt>
{
    public async ValueTask<ComplianceRebuilt> Handle(
        RebuildComplianceCommand command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        if (command.OrganizationId is { } only)
        {
            var written = await OrganizationIds.Grain(grains, only).RebuildReadModel();
            return new ComplianceRebuilt(1, written.Unwrap());
        }

        var organizations = 0;
        var members = 0L;
        await foreach (var id in directory.OrganizationIdsAsync(cancellationToken))
        {
            members += (await grains.GetGrain<IOrganizationGrain>(id).RebuildReadModel()).Unwrap();
            organizations++;
        }

        return new ComplianceRebuilt(organizations, members);
    }
}
