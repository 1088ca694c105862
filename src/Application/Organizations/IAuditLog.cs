namespace TwoStep.Application.Organizations;

/// <summary>The append-only audit log of organizations.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends entries; an entry whose sequence is already stored is skipped, so retries are harmless.
    /// </summary>
    Task AppendAsync(string organizationId, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="first"/> entries older than <paramref name="before"/>, newest first.</summary>
    Task<AuditPage> ReadAsync(string organizationId, int first, long? before, CancellationToken cancellationToken);
}
