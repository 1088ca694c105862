using System.Collections.Concurrent;
using Mediator;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations.GetAccess;

/// <summary>
/// The hot path. Grain references are kept per organization (a reference is only an address, so
/// keeping one never keeps a stale answer), and a new one is built from the organization grain's
/// type and interface, resolved once: resolving them by the interface's CLR type on every call
/// reads attributes by reflection.
/// </summary>
public sealed class GetOrganizationAccessHandler(IGrainFactory grains)
    : IQueryHandler<GetOrganizationAccessQuery, AccessDecision>
{
    private static readonly AccessDecision NotAMember = AccessDecision.Deny(AccessDenialReason.NotAMember);

    // Past this many organizations the references are built afresh, so memory stays bounded.
    private const int MaxReferences = 10_000;

    private readonly ConcurrentDictionary<string, IOrganizationGrain> _references = new(StringComparer.Ordinal);

    // A reference, so a handler racing the first call reads all of it or none of it.
    private Tuple<GrainType, GrainInterfaceType>? _kind;

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

        return _references.GetOrAdd(organizationId, NewGrain);
    }

    private IOrganizationGrain NewGrain(string organizationId)
    {
        if (_kind is { } kind)
        {
            return (IOrganizationGrain)grains.GetGrain(GrainId.Create(kind.Item1, organizationId), kind.Item2);
        }

        var grain = grains.GetGrain<IOrganizationGrain>(organizationId);
        var reference = (GrainReference)grain;
        _kind = Tuple.Create(reference.GrainId.Type, reference.InterfaceType);
        return grain;
    }
}
