using Npgsql;
using NpgsqlTypes;
using TwoStep.Application.Organizations;
using TwoStep.Infrastructure.Organizations;

namespace TwoStep.Infrastructure.Integrations;

/// <summary>
/// The outbox: writes the integrator events of each new audit entry, and one pending delivery per
/// webhook endpoint that wants the type, in the transaction that appends the entry. An event
/// therefore exists exactly when its change was recorded, whatever crashes afterwards. A disabled
/// endpoint gets its deliveries too: they wait, and go out in order once it is enabled again.
/// </summary>
internal sealed class IntegratorEventOutbox : IOrganizationChangeProjection
{
    public const string Channel = "integrator_events";

    private const string InsertSql = """
        WITH event AS (
            INSERT INTO integrator_events
                (id, organization_id, audit_sequence, type, member_id, occurred_at, data)
            VALUES (@id, @organization, @sequence, @type, @member, @occurredAt, @data)
            ON CONFLICT (organization_id, audit_sequence, type) DO NOTHING
            RETURNING position
        )
        INSERT INTO webhook_deliveries (id, endpoint_id, event_position, ordering_key)
        SELECT gen_random_uuid(), endpoint.id, event.position, @orderingKey
        FROM event, webhook_endpoints endpoint
        WHERE endpoint.organization_id = @organization
          AND (cardinality(endpoint.event_types) = 0 OR @type = ANY (endpoint.event_types))
        """;

    private const string NotifySql = "SELECT pg_notify(@channel, @organization)";

    private const string PreviousRequirementSql = """
        SELECT detail FROM organization_audit
        WHERE organization_id = @organization AND action = @action AND sequence < @sequence
        ORDER BY sequence DESC
        LIMIT 1
        """;

    public async Task ApplyAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string organizationId,
        AuditEntry entry,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);

        var events = IntegratorEventMapper.Map(organizationId, entry);
        if (events.Count == 0)
        {
            return;
        }

        if (!await SwitchedAsync(connection, transaction, organizationId, entry, cancellationToken))
        {
            return;
        }

        foreach (var integratorEvent in events)
        {
            await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
            command.Parameters.AddWithValue("id", Guid.CreateVersion7(entry.OccurredAt));
            command.Parameters.AddWithValue("organization", organizationId);
            command.Parameters.AddWithValue("sequence", entry.Sequence);
            command.Parameters.AddWithValue("type", integratorEvent.Type);
            command.Parameters.AddWithValue("member", (object?)integratorEvent.MemberId ?? DBNull.Value);
            command.Parameters.AddWithValue("occurredAt", entry.OccurredAt.UtcDateTime);
            command.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, integratorEvent.Data.ToJsonString());
            command.Parameters.AddWithValue("orderingKey", integratorEvent.MemberId ?? string.Empty);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // Sent on commit only; listeners in every process then read the table.
        await using var notify = new NpgsqlCommand(NotifySql, connection, transaction);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("organization", organizationId);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    // An admin who sets the requirement to what it already was is audited, but nothing changed
    // that integrators need to hear of.
    private static async Task<bool> SwitchedAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string organizationId,
        AuditEntry entry,
        CancellationToken cancellationToken)
    {
        if (entry.Action != AuditActions.RequirementChanged)
        {
            return true;
        }

        await using var command = new NpgsqlCommand(PreviousRequirementSql, connection, transaction);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("action", AuditActions.RequirementChanged);
        command.Parameters.AddWithValue("sequence", entry.Sequence);
        var previous = await command.ExecuteScalarAsync(cancellationToken) as string ?? AuditDetails.NotRequired;

        return previous != entry.Detail;
    }
}
