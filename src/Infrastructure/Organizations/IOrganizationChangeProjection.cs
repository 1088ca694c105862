using Npgsql;
using TwoStep.Application.Organizations;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// Something kept in step with an organization's changes (a read model, an event outbox). It sees
/// each audit entry once, in sequence order, inside the transaction that appends the entry, so the
/// entry and what it causes commit together or not at all.
/// </summary>
public interface IOrganizationChangeProjection
{
    Task ApplyAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string organizationId,
        AuditEntry entry,
        CancellationToken cancellationToken);
}
