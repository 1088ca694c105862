using System.Collections.Immutable;
using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Organizations;

/// <summary>Who belongs to an organization and with which roles (SPEC, "Organizations and enforcement").</summary>
public static class MembershipRules
{
    public const int MaxNameLength = 200;

    /// <summary>A new organization whose creator is its first member, with both admin roles.</summary>
    public static Organization Create(string id, string name, Member creator)
    {
        ArgumentNullException.ThrowIfNull(creator);

        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            throw new RefusalException(
                ErrorCode.BadUserInput,
                $"An organization name has 1 to {MaxNameLength} characters.");
        }

        var admin = creator with { Roles = OrganizationRoles.Admin };
        var members = ImmutableDictionary<string, Member>.Empty.Add(admin.UserId, admin);
        return new Organization(id, trimmed, false, members);
    }

    /// <summary>
    /// Adds a member, or updates the details of one already there (adding twice is harmless).
    /// Roles left out keep what the member had; a new member starts with none.
    /// </summary>
    public static Organization AddMember(
        Organization organization,
        Session actor,
        string userId,
        string? email,
        string? name,
        OrganizationRoles? roles)
    {
        ArgumentNullException.ThrowIfNull(organization);
        EnsureAdminAction(organization, actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        var existing = organization.Find(userId);
        var member = existing is null
            ? new Member(userId, email, name, roles ?? OrganizationRoles.None, MemberStatus.NotEnrolled)
            : existing with
            {
                Email = email ?? existing.Email,
                Name = name ?? existing.Name,
                Roles = roles ?? existing.Roles,
            };

        return Put(organization, member);
    }

    /// <summary>Removes a member; the last admin cannot go.</summary>
    public static Organization RemoveMember(Organization organization, Session actor, string userId)
    {
        ArgumentNullException.ThrowIfNull(organization);
        EnsureAdminAction(organization, actor);

        var member = organization.Find(userId) ?? throw NotAMember();
        var next = organization with { Members = organization.Members.Remove(member.UserId) };
        EnsureAnAdminLeft(next);
        return next;
    }

    /// <summary>Replaces a member's roles; the last admin cannot lose either role.</summary>
    public static Organization SetRoles(
        Organization organization,
        Session actor,
        string userId,
        OrganizationRoles roles)
    {
        ArgumentNullException.ThrowIfNull(organization);
        EnsureAdminAction(organization, actor);

        var member = organization.Find(userId) ?? throw NotAMember();
        return Put(organization, member with { Roles = roles });
    }

    /// <summary>Records a member's two-step status; a non-member is left alone.</summary>
    public static Organization SetStatus(Organization organization, string userId, MemberStatus status)
    {
        ArgumentNullException.ThrowIfNull(organization);

        var member = organization.Find(userId);
        return member is null || member.Status == status
            ? organization
            : organization with { Members = organization.Members.SetItem(userId, member with { Status = status }) };
    }

    /// <summary>
    /// Records what a member's account last reported: status, masked number and enrollment time
    /// (both kept only while enrolled), and the name and email of the latest token (a missing one
    /// keeps what is there). A non-member is left alone.
    /// </summary>
    public static Organization Report(
        Organization organization,
        string userId,
        MemberStatus status,
        string? maskedPhoneNumber,
        DateTimeOffset? enabledAt,
        string? email,
        string? name)
    {
        ArgumentNullException.ThrowIfNull(organization);

        var member = organization.Find(userId);
        if (member is null)
        {
            return organization;
        }

        // A new number of a member who stays enrolled comes as its own change (ChangePhoneNumber).
        var masked = member.Status == MemberStatus.Enrolled ? member.MaskedPhoneNumber : maskedPhoneNumber;
        var next = member with
        {
            Status = status,
            MaskedPhoneNumber = status == MemberStatus.Enrolled ? masked : null,
            EnabledAt = status == MemberStatus.Enrolled ? enabledAt : null,
            Email = email ?? member.Email,
            Name = name ?? member.Name,
        };
        return next == member
            ? organization
            : organization with { Members = organization.Members.SetItem(userId, next) };
    }

    /// <summary>
    /// An enrolled member's new number, masked, and the time it was confirmed (a new number is a new
    /// enrollment of the account); anyone else is left alone.
    /// </summary>
    public static Organization ChangePhoneNumber(
        Organization organization,
        string userId,
        string? maskedPhoneNumber,
        DateTimeOffset? enabledAt)
    {
        ArgumentNullException.ThrowIfNull(organization);

        var member = organization.Find(userId);
        if (member is not { Status: MemberStatus.Enrolled })
        {
            return organization;
        }

        var next = member with { MaskedPhoneNumber = maskedPhoneNumber, EnabledAt = enabledAt };
        return organization with { Members = organization.Members.SetItem(userId, next) };
    }

    /// <summary>
    /// Admin actions need both roles, and while the organization requires two-step, a session
    /// that passed it (SSO-managed admins excepted: their provider enforces its own factor).
    /// A provisioning credential acts as an admin: it is a configured service secret, not a
    /// person's session, so there is no second step for it to pass.
    /// </summary>
    public static void EnsureAdminAction(Organization organization, Session actor)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(actor);

        if (actor.IsProvisioning)
        {
            return;
        }

        if (!organization.IsAdmin(actor.UserId))
        {
            throw new RefusalException(
                ErrorCode.Forbidden,
                "Only an admin of this organization (user admin and organization admin) may do this.");
        }

        if (organization.TwoStepRequired && !actor.PassedTwoStep && !actor.IsManagedBySso)
        {
            throw new RefusalException(
                ErrorCode.TwoStepRequired,
                "This organization requires two-step: complete two-step sign-in first.");
        }
    }

    private static Organization Put(Organization organization, Member member)
    {
        var next = organization with { Members = organization.Members.SetItem(member.UserId, member) };
        EnsureAnAdminLeft(next);
        return next;
    }

    private static void EnsureAnAdminLeft(Organization organization)
    {
        if (organization.AdminCount == 0)
        {
            throw new RefusalException(
                ErrorCode.Forbidden,
                "An organization keeps at least one admin: make another member an admin first.");
        }
    }

    private static RefusalException NotAMember() =>
        new(ErrorCode.NotFound, "That user is not a member of this organization.");
}
