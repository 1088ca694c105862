using Orleans.Concurrency;
using TwoStep.Application.Common;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>
/// One organization, keyed by its id: its requirement, its members with their roles and
/// two-step status, and the only writer of them. Every change is persisted, and told to the
/// members' <see cref="IUserOrganizationsGrain"/> (retried until both agree), before it answers.
/// Refusals come back as data; an unknown organization is <c>NOT_FOUND</c>.
/// </summary>
public interface IOrganizationGrain : IGrainWithStringKey
{
    /// <summary>Creates the organization with the caller as its first admin.</summary>
    Task<Reply<OrganizationView>> Create(Actor actor, string name);

    /// <summary>The organization, for its members only (<c>NOT_FOUND</c> for anyone else).</summary>
    Task<Reply<OrganizationView>> Describe(Actor actor);

    /// <summary>Adds a member (or updates one); admins only. Safe to repeat.</summary>
    Task<Reply<OrganizationView>> AddMember(Actor actor, NewMember member);

    /// <summary>Removes a member; admins only; never the last admin.</summary>
    Task<Reply<OrganizationView>> RemoveMember(Actor actor, string userId);

    /// <summary>Replaces a member's roles; admins only; never leaves the organization without an admin.</summary>
    Task<Reply<OrganizationView>> SetMemberRoles(Actor actor, string userId, OrganizationRoles roles);

    /// <summary>Switches the requirement; switching on needs an enrolled admin (<c>ADMIN_NOT_ENROLLED</c>).</summary>
    Task<Reply<OrganizationView>> SetTwoStepRequirement(Actor actor, bool required);

    /// <summary>Who requiring two-step would hold back, paged by user id after <paramref name="after"/>.</summary>
    Task<Reply<RequirementImpact>> GetRequirementImpact(Actor actor, int first, string? after);

    /// <summary>The audit log, newest first; admins only.</summary>
    Task<Reply<AuditPage>> GetAuditLog(Actor actor, int first, long? before);

    /// <summary>The access decision for the actor's session, from memory: the hot path.</summary>
    [AlwaysInterleave]
    Task<OrganizationAccess> Decide(Actor actor);

    /// <summary>Whether the organization requires two-step of <paramref name="userId"/>.</summary>
    [AlwaysInterleave]
    Task<OrganizationRequirement> GetRequirementFor(string userId);

    /// <summary>
    /// Whether the actor may follow the organization's events: admins only. Anyone else, and
    /// anyone at all for an organization that does not exist, gets <c>FORBIDDEN</c>.
    /// </summary>
    [AlwaysInterleave]
    Task<Reply<bool>> EnsureMayWatchEvents(Actor actor);

    /// <summary>
    /// Whether the actor may read the compliance read model of the organization: admins only, and
    /// while it requires two-step only from a two-step session. <c>NOT_FOUND</c> for an organization
    /// that does not exist or of which the actor is not a member.
    /// </summary>
    [AlwaysInterleave]
    Task<Reply<bool>> EnsureMayReadCompliance(Actor actor);

    /// <summary>
    /// Recreates the organization's compliance read model from its state, in one turn of the
    /// grain so no change lands halfway; answers the number of members written, or <c>NOT_FOUND</c>
    /// (with nothing written) for an organization that does not exist. An operator's command, not
    /// for requests: it is not authorized.
    /// </summary>
    Task<Reply<int>> RebuildReadModel();

    /// <summary>
    /// A member's account reports its two-step status, masked number, enrollment time and latest
    /// name and email; idempotent, ignored for non-members.
    /// </summary>
    Task MemberChanged(string userId, MemberReport report);

    /// <summary>
    /// A member's account reports a new enrolled number, masked (never the number itself), and when
    /// it was confirmed; ignored for non-members.
    /// </summary>
    Task MemberPhoneChanged(string userId, string? maskedPhoneNumber, DateTimeOffset? enabledAt);
}
