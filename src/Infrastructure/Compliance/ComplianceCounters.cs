using Npgsql;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>Moves the counters of <c>compliance_counts</c> inside the caller's transaction.</summary>
internal static class ComplianceCounters
{
    private const string AddSql = """
        INSERT INTO compliance_counts (organization_id, member_count, enrolled, not_enrolled, sso_managed)
        VALUES (@organization, @members, @enrolled, @notEnrolled, @ssoManaged)
        ON CONFLICT (organization_id) DO UPDATE SET
            member_count = compliance_counts.member_count + EXCLUDED.member_count,
            enrolled = compliance_counts.enrolled + EXCLUDED.enrolled,
            not_enrolled = compliance_counts.not_enrolled + EXCLUDED.not_enrolled,
            sso_managed = compliance_counts.sso_managed + EXCLUDED.sso_managed
        """;

    public static async Task AddAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string organizationId,
        CountDelta delta,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(AddSql, connection, transaction);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("members", delta.Members);
        command.Parameters.AddWithValue("enrolled", delta.Enrolled);
        command.Parameters.AddWithValue("notEnrolled", delta.NotEnrolled);
        command.Parameters.AddWithValue("ssoManaged", delta.SsoManaged);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
