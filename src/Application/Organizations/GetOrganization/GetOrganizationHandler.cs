using Mediator;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Organizations.GetOrganization;

public sealed class GetOrganizationHandler(IGrainFactory grains)
    : IQueryHandler<GetOrganizationQuery, OrganizationView?>
{
    public async ValueTask<OrganizationView?> Handle(
        GetOrganizationQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organization = grains.GetGrain<IOrganizationGrain>(query.OrganizationId);

        var reply = await organization.Describe(query.Actor);

        // Strangers get the same answer as for an organization that does not exist.
        return reply.Refusal?.Code == ErrorCode.NotFound ? null : reply.Unwrap();
    }
}
