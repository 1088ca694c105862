using Npgsql;

namespace TwoStep.Benchmarks;

/// <summary>
/// The raw SQL equivalents of the API's views: what a page shows (its rows and the total that
/// matches) read straight from the tables, and the counts as a COUNT(*) over the organization's rows.
/// </summary>
internal sealed class RawSql(string connectionString, string organizationId)
{
    private const string Columns =
        "user_id, name, email, roles, status, enrolled_at, joined_at, masked_phone, sort_name";

    private const string CountsSql = """
        SELECT count(*), count(*) FILTER (WHERE status = 1), count(*) FILTER (WHERE status = 0),
            count(*) FILTER (WHERE status = 2)
        FROM compliance_member WHERE organization_id = @organization
        """;

    public Task CountsAsync() => ReadAsync(CountsSql, null);

    /// <summary>A page after the given place, filtered as the API filters, and the total that matches.</summary>
    public async Task PageAsync(string where, (string SortName, string UserId)? after, object? value = null)
    {
        await RowsAsync(where, after, value);
        var count = $"SELECT count(*) FROM compliance_member WHERE organization_id = @organization{where}";
        await ReadAsync(count, value);
    }

    /// <summary>The keyset query of a page alone, without its total.</summary>
    public Task RowsAsync(string where, (string SortName, string UserId)? after, object? value = null)
    {
        var keyset = after is null ? string.Empty : " AND (sort_name, user_id) > (@afterName, @afterUser)";
        var page = $"SELECT {Columns} FROM compliance_member WHERE organization_id = @organization{where}{keyset} "
            + "ORDER BY sort_name, user_id LIMIT 101";
        return ReadAsync(page, value, after);
    }

    /// <summary>The place of the member at <paramref name="offset"/> in list order.</summary>
    public async Task<(string SortName, string UserId)> PlaceAtAsync(int offset)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT sort_name, user_id FROM compliance_member WHERE organization_id = @organization "
            + "ORDER BY sort_name, user_id OFFSET @offset LIMIT 1",
            connection);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("offset", offset);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1));
    }

    /// <summary>Every member as CSV, by COPY, in list order; answers the number of lines.</summary>
    public async Task<long> CsvAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        using var export = await connection.BeginTextExportAsync(
            "COPY (SELECT user_id, name, email, roles, status, enrolled_at, masked_phone FROM compliance_member "
            + $"WHERE organization_id = '{organizationId}' ORDER BY sort_name, user_id) "
            + "TO STDOUT (FORMAT CSV, HEADER)");
        var lines = 0L;
        while (await export.ReadLineAsync() is not null)
        {
            lines++;
        }

        return lines;
    }

    private async Task ReadAsync(string sql, object? value, (string SortName, string UserId)? after = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("organization", organizationId);
        if (value is not null)
        {
            command.Parameters.AddWithValue("value", value);
        }

        if (after is { } place)
        {
            command.Parameters.AddWithValue("afterName", place.SortName);
            command.Parameters.AddWithValue("afterUser", place.UserId);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
        }
    }
}
