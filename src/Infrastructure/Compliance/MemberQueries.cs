using System.Text;
using Npgsql;
using TwoStep.Application.Compliance;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>
/// The SQL of member pages and filtered counts, with only the conditions a filter needs, so each
/// shape is planned against its own index.
/// </summary>
internal static class MemberQueries
{
    private const string Columns =
        "user_id, name, email, roles, status, enrolled_at, joined_at, masked_phone, sort_name";

    public static NpgsqlCommand Page(
        NpgsqlConnection connection,
        string organizationId,
        MemberFilter filter,
        int limit,
        MemberCursor? after)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder($"SELECT {Columns} FROM compliance_member WHERE ");
        Where(sql, command, organizationId, filter);
        if (after is not null)
        {
            sql.Append(" AND (sort_name, user_id) > (@afterName, @afterUser)");
            command.Parameters.AddWithValue("afterName", after.SortName);
            command.Parameters.AddWithValue("afterUser", after.UserId);
        }

        sql.Append(" ORDER BY sort_name, user_id LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit);
        command.CommandText = sql.ToString();
        return command;
    }

    public static NpgsqlCommand Count(NpgsqlConnection connection, string organizationId, MemberFilter filter)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder("SELECT count(*) FROM compliance_member WHERE ");
        Where(sql, command, organizationId, filter);
        command.CommandText = sql.ToString();
        return command;
    }

    private static void Where(StringBuilder sql, NpgsqlCommand command, string organizationId, MemberFilter filter)
    {
        sql.Append("organization_id = @organization");
        command.Parameters.AddWithValue("organization", organizationId);
        if (filter.Status is { } status)
        {
            sql.Append(" AND status = @status");
            command.Parameters.AddWithValue("status", (short)status);
        }

        if (filter.Prefix is { } prefix)
        {
            // Lower-cased by the database, as the stored keys were, so both sides agree on every letter.
            sql.Append(" AND (sort_name LIKE lower(@prefix) OR sort_email LIKE lower(@prefix))");
            command.Parameters.AddWithValue("prefix", Escape(prefix) + "%");
        }
    }

    /// <summary>A search is a literal prefix: LIKE's wildcards and escape in it match themselves.</summary>
    private static string Escape(string prefix) =>
        prefix.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
