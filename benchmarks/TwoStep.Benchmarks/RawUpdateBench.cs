using System.Security.Cryptography;
using Npgsql;

namespace TwoStep.Benchmarks;

/// <summary>
/// The floor: one version-checked UPDATE of one row per verification, a payload the size of a
/// real user grain row, on the same database, with the same concurrency.
/// </summary>
internal sealed class RawUpdateBench : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly int _rows;
    private readonly int[] _versions;
    private readonly byte[] _payload;

    private RawUpdateBench(NpgsqlDataSource dataSource, int rows, int payloadBytes)
    {
        _dataSource = dataSource;
        _rows = rows;
        _versions = new int[rows];
        _payload = RandomNumberGenerator.GetBytes(payloadBytes);
    }

    public static async Task<RawUpdateBench> CreateAsync(string connectionString, int rows, int payloadBytes)
    {
        // The same connection settings as the grain storage: no session reset between uses.
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        var bench = new RawUpdateBench(NpgsqlDataSource.Create(settings.ConnectionString), rows, payloadBytes);
        await using var create = bench._dataSource.CreateCommand("""
            CREATE TABLE bench_state (id text PRIMARY KEY, version integer NOT NULL, payload bytea NOT NULL);
            INSERT INTO bench_state SELECT 'user-' || i, 0, '\x00' FROM generate_series(0, @rows - 1) AS i;
            """);
        create.Parameters.AddWithValue("rows", rows);
        await create.ExecuteNonQueryAsync();
        return bench;
    }

    public Task<Measurement> RunAsync(string name, int operations, int concurrency) =>
        Measurement.Run(name, operations, concurrency, async (i, cancellationToken) =>
        {
            // Each row belongs to one worker at a time (i modulo rows, rows >= concurrency).
            var row = i % _rows;
            await using var command = _dataSource.CreateCommand(
                "UPDATE bench_state SET payload = @payload, version = version + 1 "
                + "WHERE id = @id AND version = @version");
            command.Parameters.AddWithValue("payload", _payload);
            command.Parameters.AddWithValue("id", $"user-{row}");
            command.Parameters.AddWithValue("version", _versions[row]);
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new InvalidOperationException($"Row user-{row} lost its version race.");
            }

            _versions[row]++;
        });

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
