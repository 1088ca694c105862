using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using TwoStep.Application.Organizations;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// Appends audit entries in bulk (one COPY), without handing them to the projections: for seeding
/// a database, whose read models are then rebuilt from grain state. The service never uses it.
/// </summary>
public sealed class AuditLogImport
{
    private const string CopySql = """
        COPY organization_audit
            (organization_id, sequence, occurred_at, actor_id, action, subject_id, detail, credential)
        FROM STDIN (FORMAT BINARY)
        """;

    private readonly IOptions<DatabaseOptions> _options;

    internal AuditLogImport(IOptions<DatabaseOptions> options) => _options = options;

    public async Task ImportAsync(
        string organizationId,
        IReadOnlyCollection<AuditEntry> entries,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var connectionString = _options.Value.ConnectionString
            ?? throw new InvalidOperationException($"{ConnectionStrings.Key} is not set.");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var writer = await connection.BeginBinaryImportAsync(CopySql, cancellationToken);
        foreach (var entry in entries)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(organizationId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(entry.Sequence, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(entry.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(entry.ActorId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(entry.Action, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteTextOrNullAsync(entry.SubjectId, cancellationToken);
            await writer.WriteTextOrNullAsync(entry.Detail, cancellationToken);
            await writer.WriteTextOrNullAsync(AuditCredentials.ToText(entry.Credential), cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
