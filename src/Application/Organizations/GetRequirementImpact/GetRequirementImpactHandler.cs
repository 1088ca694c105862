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
        var organization = OrganizationIds.Grain(grains, query.OrganizationId);

        var reply = await organization.GetRequirementImpact(query.Actor, query.First, query.After);

        return reply.Unwrap();
    }
}
