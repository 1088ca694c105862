using Npgsql;
using TwoStep.Application.Compliance;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>
/// The SQL of member pages, filtered totals and counters, with only the conditions a filter needs,
/// so each shape is planned against its own index. A search takes the first keys of the names that
/// match (a range of the name index, already in list order) and of the emails that match (a range
/// of the email index, sorted), merges them, then reads those rows; its total counts both ranges.
/// </summary>
internal static class MemberQueries
{
    private const string Columns =
        "user_id, name, email, roles, status, enrolled_at, joined_at, masked_phone, sort_name";

    private const string Qualified =
        "m.user_id, m.name, m.email, m.roles, m.status, m.enrolled_at, m.joined_at, m.masked_phone, m.sort_name";

    private const string Order = " ORDER BY sort_name, user_id LIMIT @limit";

    // Lower-cased by the database, as the stored keys were, so both sides agree on every letter.
    private const string NameMatches = " AND sort_name LIKE lower(@prefix)";
    private const string EmailMatches = " AND sort_email LIKE lower(@prefix)";

    public static NpgsqlBatchCommand Page(
        string organizationId,
        MemberFilter filter,
        int limit,
        MemberCursor? after)
    {
        var command = Parameters(organizationId, filter);
        if (after is not null)
        {
            command.Parameters.AddWithValue("afterName", after.SortName);
            command.Parameters.AddWithValue("afterUser", after.UserId);
        }

        command.Parameters.AddWithValue("limit", limit);
        var keyset = after is null ? string.Empty : " AND (sort_name, user_id) > (@afterName, @afterUser)";
        command.CommandText = filter.Prefix is null ? Branch(filter, keyset) : Search(filter, keyset);
        return command;
    }

    /// <summary>How many members match a search (other totals come from the counters).</summary>
    public static NpgsqlBatchCommand Count(string organizationId, MemberFilter filter)
    {
        var command = Parameters(organizationId, filter);
        command.CommandText =
            $"SELECT (SELECT count(*) FROM compliance_member WHERE {Common(filter)}{NameMatches}) "
            + $"+ (SELECT count(*) FROM compliance_member WHERE {Common(filter)}{EmailMatches}"
            + " AND sort_name NOT LIKE lower(@prefix))";
        return command;
    }

    public static NpgsqlBatchCommand Counters(string organizationId)
    {
        var command = new NpgsqlBatchCommand("""
            SELECT member_count, enrolled, not_enrolled, sso_managed
            FROM compliance_counts WHERE organization_id = @organization
            """);
        command.Parameters.AddWithValue("organization", organizationId);
        return command;
    }

    /// <summary>
    /// OFFSET 0 keeps the email side a plain range read: left to itself the planner walks the name
    /// index in list order hoping to meet matching emails early, and they sit together, not spread.
    /// </summary>
    private static string Search(MemberFilter filter, string keyset) =>
        $"SELECT {Qualified} FROM compliance_member m JOIN (SELECT sort_name, user_id FROM ("
        + $"(SELECT sort_name, user_id FROM compliance_member WHERE {Common(filter)}{NameMatches}{keyset}{Order}) "
        + "UNION (SELECT sort_name, user_id FROM (SELECT sort_name, user_id FROM compliance_member "
        + $"WHERE {Common(filter)}{EmailMatches}{keyset} OFFSET 0) AS email{Order})) AS found{Order}) AS page "
        + "ON m.organization_id = @organization AND m.user_id = page.user_id ORDER BY m.sort_name, m.user_id";

    private static string Branch(MemberFilter filter, string condition) =>
        $"SELECT {Columns} FROM compliance_member WHERE {Common(filter)}{condition}{Order}";

    private static string Common(MemberFilter filter) =>
        filter.Status is null
            ? "organization_id = @organization"
            : "organization_id = @organization AND status = @status";

    private static NpgsqlBatchCommand Parameters(string organizationId, MemberFilter filter)
    {
        var command = new NpgsqlBatchCommand();
        command.Parameters.AddWithValue("organization", organizationId);
        if (filter.Status is { } status)
        {
            command.Parameters.AddWithValue("status", (short)status);
        }

        if (filter.Prefix is { } prefix)
        {
            command.Parameters.AddWithValue("prefix", Escape(prefix) + "%");
        }

        return command;
    }

    /// <summary>A search is a literal prefix: LIKE's wildcards and escape in it match themselves.</summary>
    private static string Escape(string prefix) =>
        prefix.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
