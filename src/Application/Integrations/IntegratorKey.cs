namespace TwoStep.Application.Integrations;

/// <summary>
/// An organization-scoped credential for an integrator: it may follow and read that organization's
/// events and nothing else. Its secret is shown once when issued; only a hash is kept.
/// </summary>
public sealed record IntegratorKey(
    Guid Id,
    string OrganizationId,
    string Name,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    public bool Active => RevokedAt is null;
}
