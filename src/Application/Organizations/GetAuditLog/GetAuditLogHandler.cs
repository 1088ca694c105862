using Mediator;

namespace TwoStep.Application.Organizations.GetAuditLog;

public sealed class GetAuditLogHandler(IGrainFactory grains)
    : IQueryHandler<GetAuditLogQuery, AuditPage>
{
    public async ValueTask<AuditPage> Handle(
        GetAuditLogQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organization = grains.GetGrain<IOrganizationGrain>(query.OrganizationId);

        var reply = await organization.GetAuditLog(query.Actor, query.First, query.Before);

        return reply.Unwrap();
    }
}
