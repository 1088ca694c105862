using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Npgsql;
using TwoStep.Application.Integrations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Integrations;

/// <summary>Integrator keys in <c>integrator_keys</c>, each secret kept as its hash only.</summary>
internal sealed class PostgresIntegratorKeys(IOptions<DatabaseOptions> options) : IIntegratorKeys
{
    private const string Columns = "id, organization_id, name, created_by, created_at, revoked_at";

    private const string InsertSql = $"""
        INSERT INTO integrator_keys (id, organization_id, name, created_by, secret_hash)
        VALUES (@id, @organization, @name, @createdBy, @hash)
        RETURNING {Columns}
        """;

    private const string FindSql = $"SELECT {Columns}, secret_hash FROM integrator_keys WHERE id = @id";

    private const string ListSql = $"""
        SELECT {Columns}, secret_hash FROM integrator_keys
        WHERE organization_id = @organization ORDER BY created_at, id
        """;

    private const string RevokeSql =
        "UPDATE integrator_keys SET revoked_at = now() WHERE id = @id AND revoked_at IS NULL";

    private string ConnectionString => options.Value.ConnectionString
        ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

    public async Task<IntegratorKey> AddAsync(
        Guid id,
        string organizationId,
        string name,
        string createdBy,
        byte[] secretHash,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("organization", organizationId);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("createdBy", createdBy);
        command.Parameters.AddWithValue("hash", secretHash);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return Read(reader);
    }

    public async Task<IntegratorKey?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await FindWithHashAsync(id, cancellationToken))?.Key;

    public async Task<IReadOnlyList<IntegratorKey>> ListAsync(
        string organizationId,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ListSql, connection);
        command.Parameters.AddWithValue("organization", organizationId);

        var keys = new List<IntegratorKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    public async Task RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(RevokeSql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IntegratorKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (IntegratorKeySecrets.IdOf(presented) is not { } id
            || await FindWithHashAsync(id, cancellationToken) is not (var key, var hash))
        {
            return null;
        }

        var matches = CryptographicOperations.FixedTimeEquals(IntegratorKeySecrets.Hash(presented), hash);
        return matches && key.Active ? key : null;
    }

    private async Task<(IntegratorKey Key, byte[] Hash)?> FindWithHashAsync(
        Guid id,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(FindSql, connection);
        command.Parameters.AddWithValue("id", id);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (Read(reader), reader.GetFieldValue<byte[]>(6));
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static IntegratorKey Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        Utc(reader.GetDateTime(4)),
        reader.IsDBNull(5) ? null : Utc(reader.GetDateTime(5)));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
