using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>
/// Reads and creates signing keys in <c>twostep_signing_keys</c>. Every change happens under a
/// transaction-scoped advisory lock, so processes starting or rotating at once end with one
/// new key, never two.
/// </summary>
public sealed class SigningKeyRepository
{
    // Any fixed key works as long as every TwoStep process uses the same one.
    private const long LockKey = 0x7477_6F73_7465_7002;

    private readonly string _connectionString;
    private readonly SigningKeySealer _sealer;
    private readonly TokenSettings _settings;
    private readonly ILogger<SigningKeyRepository> _logger;

    public SigningKeyRepository(
        string connectionString,
        SigningKeySealer sealer,
        TokenSettings settings,
        ILogger<SigningKeyRepository> logger)
    {
        _connectionString = connectionString;
        _sealer = sealer;
        _settings = settings;
        _logger = logger;
    }

    /// <summary>
    /// The keys after making sure one signs: creates the first key, or the next one when the
    /// signer is older than the key lifetime or <paramref name="rotate"/> asks for it.
    /// Keys no validator needs any more are deleted.
    /// </summary>
    public async Task<SigningKeySet> EnsureAsync(DateTimeOffset now, bool rotate, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", ("key", LockKey), cancellationToken);

        var set = new SigningKeySet(await ReadAsync(connection, cancellationToken), _settings.Retention);
        if (NextKeyActivation(set, now, rotate) is { } activatesAt)
        {
            var key = SigningKey.Generate(activatesAt);
            await InsertAsync(connection, key, now, cancellationToken);
            TokenLog.KeyCreated(_logger, key.Kid, activatesAt);
            set = new SigningKeySet([.. set.All, key], _settings.Retention);
        }

        var kept = set.PublishedAt(now - _settings.Propagation).Concat(set.PublishedAt(now)).Distinct().ToArray();
        foreach (var stale in set.All.Except(kept))
        {
            const string delete = "DELETE FROM twostep_signing_keys WHERE kid = @kid";
            await ExecuteAsync(connection, delete, ("kid", stale.Kid), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SigningKeySet(kept, _settings.Retention);
    }

    private DateTimeOffset? NextKeyActivation(SigningKeySet set, DateTimeOffset now, bool rotate)
    {
        if (set.All.Count == 0)
        {
            // Nobody can hold a token yet, so the first key may sign at once.
            return now;
        }

        var newest = set.All[^1];
        if (newest.ActivatesAt > now)
        {
            // A successor is already on its way.
            return null;
        }

        return rotate || newest.ActivatesAt + _settings.KeyLifetime <= now ? now + _settings.Propagation : null;
    }

    private async Task<List<SigningKey>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = "SELECT kid, sealed_private_key, activates_at FROM twostep_signing_keys";
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var keys = new List<SigningKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var kid = reader.GetString(0);
            var privateKey = _sealer.Open(kid, (byte[])reader[1]);
            keys.Add(SigningKey.Import(kid, privateKey, reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return keys;
    }

    private async Task InsertAsync(
        NpgsqlConnection connection,
        SigningKey key,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO twostep_signing_keys (kid, algorithm, sealed_private_key, created_at, activates_at)
            VALUES (@kid, @algorithm, @sealed, @created, @activates)
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("kid", key.Kid);
        command.Parameters.AddWithValue("algorithm", SigningKey.Algorithm);
        command.Parameters.AddWithValue("created", now.ToUniversalTime());
        command.Parameters.AddWithValue("activates", key.ActivatesAt.ToUniversalTime());

        var privateKey = key.ExportPrivateKey();
        try
        {
            command.Parameters.AddWithValue("sealed", _sealer.Seal(key.Kid, privateKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection,
        string sql,
        (string Name, object Value) parameter,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
