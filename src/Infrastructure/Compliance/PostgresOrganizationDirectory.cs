using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Compliance;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Compliance;

/// <summary>Organization ids from the grain storage table: every organization grain that wrote state.</summary>
internal sealed class PostgresOrganizationDirectory(IOptions<DatabaseOptions> options) : IOrganizationDirectory
{
    private const string Sql = """
        SELECT DISTINCT grainidextensionstring FROM orleansstorage
        WHERE graintypestring = 'organization' AND grainidextensionstring IS NOT NULL
        ORDER BY grainidextensionstring
        """;

    public async IAsyncEnumerable<string> OrganizationIdsAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connectionString = options.Value.ConnectionString
            ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader.GetString(0);
        }
    }
}
