using TwoStep.Application.Organizations;
using TwoStep.Host.GraphQL.Types;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AuditEntryEdgeType() : EdgeGraphType<AuditEntryType, AuditEntry>("AuditEntryEdge");
