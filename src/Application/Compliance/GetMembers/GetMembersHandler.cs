using Mediator;
using TwoStep.Application.Organizations;

namespace TwoStep.Application.Compliance.GetMembers;

public sealed class GetMembersHandler(IGrainFactory grains, IComplianceReadModel readModel)
    : IQueryHandler<GetMembersQuery, MemberPage>
{
    public async ValueTask<MemberPage> Handle(GetMembersQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        MemberFilters.EnsureValid(query.Filter);
        var organization = OrganizationIds.Grain(grains, query.OrganizationId);

        (await organization.EnsureMayReadCompliance(query.Actor)).Unwrap();

        return await readModel.PageAsync(
            query.OrganizationId, query.Filter, query.First, query.After, cancellationToken);
    }
}
