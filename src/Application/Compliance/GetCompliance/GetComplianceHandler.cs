using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance.GetCompliance;

public sealed class GetComplianceHandler(IGrainFactory grains, IComplianceReadModel readModel)
    : IQueryHandler<GetComplianceQuery, ComplianceCounts>
{
    public async ValueTask<ComplianceCounts> Handle(GetComplianceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organization = OrganizationIds.Grain(grains, query.OrganizationId);

        (await organization.EnsureMayReadCompliance(query.Actor)).Unwrap();

        return await readModel.CountsAsync(query.OrganizationId, cancellationToken);
    }
}
