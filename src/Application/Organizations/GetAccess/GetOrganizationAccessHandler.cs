using Mediator;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations.GetAccess;

public sealed class GetOrganizationAccessHandler(IGrainFactory grains)
    : IQueryHandler<GetOrganizationAccessQuery, AccessDecision>
{
    public async ValueTask<AccessDecision> Handle(
        GetOrganizationAccessQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organization = grains.GetGrain<IOrganizationGrain>(query.OrganizationId);

        return await organization.Decide(query.Actor);
    }
}
