using TwoStep.Application.Organizations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AuditEntryConnectionType()
    : ConnectionGraphType<AuditEntryEdgeType, AuditEntry>("AuditEntryConnection");
