using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance.ExportMembers;

public sealed class ExportMembersHandler(IGrainFactory grains, IComplianceReadModel readModel)
    : IQueryHandler<ExportMembersQuery, IAsyncEnumerable<ComplianceMember>>
{
    public async ValueTask<IAsyncEnumerable<ComplianceMember>> Handle(
        ExportMembersQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        MemberFilters.EnsureValid(query.Filter);
        var organization = OrganizationIds.Grain(grains, query.OrganizationId);

        (await organization.EnsureMayReadCompliance(query.Actor)).Unwrap();

        return readModel.StreamAsync(query.OrganizationId, query.Filter, cancellationToken);
    }
}
