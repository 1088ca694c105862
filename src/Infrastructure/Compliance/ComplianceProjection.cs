using Npgsql;
using TwoStep.Application.Organizations;
using TwoStep.Domain.Organizations;
using TwoStep.Infrastructure.Organizations;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>
/// Keeps <c>compliance_member</c> and <c>compliance_counts</c> in step with the audit log. Every
/// entry about a member carries the member as the change left them, so applying it sets the row
/// to that snapshot (a removal deletes it) and moves the counters by the difference: applying an
/// entry whose effect is already there changes nothing. The enrollment time is the account's own,
/// from the snapshot; a snapshot stored before it carried one falls back to when the entry
/// occurred, and keeps the time of a member who was enrolled already.
/// </summary>
internal sealed class ComplianceProjection : IOrganizationChangeProjection
{
    private const string ReadSql = """
        SELECT status FROM compliance_member
        WHERE organization_id = @organization AND user_id = @user
        FOR UPDATE
        """;

    private const string UpsertSql = """
        INSERT INTO compliance_member
            (organization_id, user_id, name, email, roles, status, enrolled_at, joined_at, masked_phone)
        VALUES (@organization, @user, @name, @email, @roles, @status, @enrolledAt, @at, @maskedPhone)
        ON CONFLICT (organization_id, user_id) DO UPDATE SET
            name = EXCLUDED.name,
            email = EXCLUDED.email,
            roles = EXCLUDED.roles,
            status = EXCLUDED.status,
            masked_phone = EXCLUDED.masked_phone,
            enrolled_at = CASE
                WHEN EXCLUDED.status <> 1 THEN NULL
                WHEN @enrolledAtKnown OR compliance_member.status <> 1 THEN EXCLUDED.enrolled_at
                ELSE compliance_member.enrolled_at
            END
        """;

    private const string DeleteSql = """
        DELETE FROM compliance_member
        WHERE organization_id = @organization AND user_id = @user
        RETURNING status
        """;

    public async Task ApplyAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string organizationId,
        AuditEntry entry,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);

        if (entry.Action == AuditActions.MemberRemoved && entry.SubjectId is { } removed)
        {
            var status = await ScalarStatusAsync(
                connection, transaction, DeleteSql, organizationId, removed, cancellationToken);
            if (status is { } gone)
            {
                await ComplianceCounters.AddAsync(
                    connection, transaction, organizationId, CountDelta.Leave(gone), cancellationToken);
            }

            return;
        }

        if (entry.Member is { } member)
        {
            await PutAsync(connection, transaction, organizationId, member, entry.OccurredAt, cancellationToken);
        }
    }

    private static async Task PutAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string organizationId,
        MemberView member,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var before = await ScalarStatusAsync(
            connection, transaction, ReadSql, organizationId, member.UserId, cancellationToken);

        await using (var command = new NpgsqlCommand(UpsertSql, connection, transaction))
        {
            command.Parameters.AddWithValue("organization", organizationId);
            command.Parameters.AddWithValue("user", member.UserId);
            command.Parameters.AddWithValue("name", (object?)member.Name ?? DBNull.Value);
            command.Parameters.AddWithValue("email", (object?)member.Email ?? DBNull.Value);
            command.Parameters.AddWithValue("roles", (short)member.Roles);
            command.Parameters.AddWithValue("status", (short)member.Status);
            command.Parameters.AddWithValue(
                "enrolledAt",
                member.Status == MemberStatus.Enrolled ? (member.EnabledAt ?? at).UtcDateTime : DBNull.Value);
            command.Parameters.AddWithValue("enrolledAtKnown", member.EnabledAt is not null);
            command.Parameters.AddWithValue("at", at.UtcDateTime);
            command.Parameters.AddWithValue("maskedPhone", (object?)member.MaskedPhoneNumber ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var delta = before is { } old ? CountDelta.Move(old, member.Status) : CountDelta.Join(member.Status);
        if (!delta.IsZero)
        {
            await ComplianceCounters.AddAsync(connection, transaction, organizationId, delta, cancellationToken);
        }
    }

    private static async Task<MemberStatus?> ScalarStatusAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string sql,
        string organizationId,
        string userId,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("user", userId);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is short status ? (MemberStatus)status : null;
    }
}
