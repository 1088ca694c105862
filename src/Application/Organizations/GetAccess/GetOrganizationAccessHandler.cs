using System.Collections.Concurrent;
using Mediator;
using TwoStep.Application.Common;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations.GetAccess;

/// <summary>
/// The hot path. Grain references are kept per organization (a reference is only an address, so
/// keeping one never keeps a stale answer).
/// </summary>
public sealed class GetOrganizationAccessHandler(IGrainFactory grains)
    : IQueryHandler<GetOrganizationAccessQuery, AccessDecision>
{
    private static readonly AccessDecision NotAMember = AccessDecision.Deny(AccessDenialReason.NotAMember);

    // Past this many organizations the references are built afresh, so memory stays bounded.
    private const int MaxReferences = 10_000;

    private readonly ConcurrentDictionary<string, IOrganizationGrain> _references = new(StringComparer.Ordinal);

    public async ValueTask<AccessDecision> Handle(
        GetOrganizationAccessQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!OrganizationIds.IsWellFormed(query.OrganizationId))
        {
            return NotAMember;
        }

        var organization = Grain(query.OrganizationId);

        var access = await organization.Decide(query.Actor);

        return access.ToDecision();
    }

    private IOrganizationGrain Grain(string organizationId)
    {
        if (_references.TryGetValue(organizationId, out var known))
        {
            return known;
        }

        if (_references.Count >= MaxReferences)
        {
            _references.Clear();
        }

        return _references.GetOrAdd(organizationId, grains.Get<IOrganizationGrain>);
    }
}
