using Mediator;

namespace TwoStep.Application.Organizations.GetAuditLog;

public sealed record GetAuditLogQuery(
    Actor Actor,
    string OrganizationId,
    int First,
    long? Before)
    : IQuery<AuditPage>;
