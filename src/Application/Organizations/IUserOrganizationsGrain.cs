using Orleans.Concurrency;
using TwoStep.Application.Common;
using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>
/// The user's side of memberships, keyed by the user id (the <c>sub</c> claim): which
/// organizations they belong to and the two-step status last reported by their account,
/// passed on to every one of those organizations.
/// </summary>
public interface IUserOrganizationsGrain : IGrainWithStringKey
{
    /// <summary>Records membership of an organization and answers what the account reports. Idempotent.</summary>
    [AlwaysInterleave]
    Task<MemberReport> Join(string organizationId);

    /// <summary>Forgets membership of an organization. Idempotent.</summary>
    [AlwaysInterleave]
    Task Leave(string organizationId);

    /// <summary>The ids of the organizations the user belongs to, in id order.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> GetOrganizations();

    /// <summary>
    /// The account's status changed (with the enrolled number, masked, and when the enrollment was
    /// confirmed; both null unless enrolled): stored, then told to every organization (retried
    /// until each has it). Call it after the account's own state is written.
    /// </summary>
    Task StatusChanged(MemberStatus status, string? maskedPhoneNumber, DateTimeOffset? enabledAt);

    /// <summary>
    /// A token of the user was seen: a new name, email or SSO sign-in is stored and told to every
    /// organization like a status change. Nothing is written when nothing changed.
    /// </summary>
    Task ProfileSeen(MemberProfile profile);

    /// <summary>
    /// The account's enrolled number was replaced: the number and enrollment time last given to
    /// <see cref="StatusChanged"/> are told to every organization (retried until each has them).
    /// Call it after <see cref="StatusChanged"/>.
    /// </summary>
    Task PhoneChanged();

    /// <summary>
    /// Refuses with <c>REQUIRED_BY_ORGANIZATION</c>, naming them, while any of the user's
    /// organizations requires two-step. Call it before turning two-step off.
    /// </summary>
    [AlwaysInterleave]
    Task<Reply<bool>> EnsureMayDisableTwoStep();
}
