using Mediator;

namespace TwoStep.Application.Organizations.GetRequirementImpact;

public sealed class GetRequirementImpactHandler(IGrainFactory grains)
    : IQueryHandler<GetRequirementImpactQuery, RequirementImpact>
{
    public async ValueTask<RequirementImpact> Handle(
        GetRequirementImpactQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organization = grains.GetGrain<IOrganizationGrain>(query.OrganizationId);

        var reply = await organization.GetRequirementImpact(query.Actor, query.First, query.After);

        return reply.Unwrap();
    }
}
