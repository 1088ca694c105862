namespace TwoStep.Application.Integrations;

/// <summary>The stored integrator keys. Secrets go in as hashes and never come out.</summary>
public interface IIntegratorKeys
{
    Task<IntegratorKey> AddAsync(
        Guid id,
        string organizationId,
        string name,
        string createdBy,
        byte[] secretHash,
        CancellationToken cancellationToken);

    Task<IntegratorKey?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<IntegratorKey>> ListAsync(string organizationId, CancellationToken cancellationToken);

    Task RevokeAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The active key a presented secret is, or <c>null</c>; the hash is compared in constant time.</summary>
    Task<IntegratorKey?> VerifyAsync(string presented, CancellationToken cancellationToken);
}
