using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using TwoStep.Application.Compliance;
using TwoStep.Application.Organizations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>
/// Replaces one organization's rows and counters with the members its grain holds, in one
/// transaction. When each member enrolled is the account's own time the grain holds; when each
/// joined, and when a member stored before that time was kept enrolled, is taken from the audit
/// log, as the projection took it when the entries were appended.
/// </summary>
internal sealed class ComplianceRebuild(IOptions<DatabaseOptions> options) : IComplianceRebuild
{
    private const string ClearSql = """
        DELETE FROM compliance_member WHERE organization_id = @organization;
        DELETE FROM compliance_counts WHERE organization_id = @organization;
        CREATE TEMP TABLE rebuilt_member (
            user_id text, name text, email text, roles smallint, status smallint, masked_phone text,
            enabled_at timestamptz
        ) ON COMMIT DROP;
        """;

    private const string CopySql = """
        COPY rebuilt_member (user_id, name, email, roles, status, masked_phone, enabled_at)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string FillSql = """
        WITH audit AS (
            SELECT coalesce(subject_id, actor_id) AS user_id, sequence, occurred_at, action, detail
            FROM organization_audit WHERE organization_id = @organization
        ),
        left_at AS (
            SELECT user_id, max(sequence) AS sequence FROM audit
            WHERE action = 'member.removed' GROUP BY user_id
        ),
        since AS (
            SELECT a.* FROM audit a LEFT JOIN left_at l ON l.user_id = a.user_id
            WHERE a.sequence > coalesce(l.sequence, 0)
        ),
        joined AS (
            SELECT user_id, min(occurred_at) AS at FROM since
            WHERE action IN ('member.added', 'organization.created') GROUP BY user_id
        ),
        enrolled AS (
            SELECT user_id, max(occurred_at) AS at FROM since
            WHERE action = 'member.enrollment_changed' AND detail = 'ENROLLED' GROUP BY user_id
        )
        INSERT INTO compliance_member
            (organization_id, user_id, name, email, roles, status, enrolled_at, joined_at, masked_phone)
        SELECT @organization, m.user_id, m.name, m.email, m.roles, m.status,
            CASE WHEN m.status = 1 THEN coalesce(m.enabled_at, e.at, now()) END, coalesce(j.at, now()),
            m.masked_phone
        FROM rebuilt_member m
        LEFT JOIN joined j ON j.user_id = m.user_id
        LEFT JOIN enrolled e ON e.user_id = m.user_id;

        INSERT INTO compliance_counts (organization_id, member_count, enrolled, not_enrolled, sso_managed)
        SELECT @organization, count(*), count(*) FILTER (WHERE status = 1),
            count(*) FILTER (WHERE status = 0), count(*) FILTER (WHERE status = 2)
        FROM rebuilt_member;
        """;

    public async Task RebuildAsync(
        string organizationId,
        IReadOnlyCollection<MemberView> members,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var connectionString = options.Value.ConnectionString
            ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, ClearSql, organizationId, cancellationToken);

        await using (var writer = await connection.BeginBinaryImportAsync(CopySql, cancellationToken))
        {
            foreach (var member in members)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(member.UserId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteTextOrNullAsync(member.Name, cancellationToken);
                await writer.WriteTextOrNullAsync(member.Email, cancellationToken);
                await writer.WriteAsync((short)member.Roles, NpgsqlDbType.Smallint, cancellationToken);
                await writer.WriteAsync((short)member.Status, NpgsqlDbType.Smallint, cancellationToken);
                await writer.WriteTextOrNullAsync(member.MaskedPhoneNumber, cancellationToken);
                await writer.WriteInstantOrNullAsync(member.EnabledAt, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, FillSql, organizationId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string sql,
        string organizationId,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("organization", organizationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
