using Npgsql;
using NpgsqlTypes;

namespace TwoStep.Infrastructure.Persistence;

/// <summary>What the COPY writers of the read model and the audit import share.</summary>
internal static class BinaryImporterExtensions
{
    /// <summary>Writes <paramref name="value"/> as text, or SQL NULL when there is none.</summary>
    public static async Task WriteTextOrNullAsync(
        this NpgsqlBinaryImporter writer,
        string? value,
        CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
        }
    }

    /// <summary>Writes <paramref name="value"/> as a <c>timestamptz</c>, or SQL NULL when there is none.</summary>
    public static async Task WriteInstantOrNullAsync(
        this NpgsqlBinaryImporter writer,
        DateTimeOffset? value,
        CancellationToken cancellationToken)
    {
        if (value is { } instant)
        {
            await writer.WriteAsync(instant.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }
}
