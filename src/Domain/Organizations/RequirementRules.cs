using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Organizations;

/// <summary>The organization's two-step requirement and what switching it on would do.</summary>
public static class RequirementRules
{
    /// <summary>
    /// Switches the requirement. Any admin may switch it off; only an admin who is enrolled
    /// may switch it on, so no admin locks the organization against themselves.
    /// </summary>
    public static Organization SetRequirement(Organization organization, Session actor, bool required)
    {
        ArgumentNullException.ThrowIfNull(organization);
        MembershipRules.EnsureAdminAction(organization, actor);

        if (required && organization.Find(actor.UserId)!.Status != MemberStatus.Enrolled)
        {
            throw new RefusalException(
                ErrorCode.AdminNotEnrolled,
                "Turn on two-step for your own account before requiring it of the organization.");
        }

        return organization with { TwoStepRequired = required };
    }

    /// <summary>
    /// The members the requirement holds back: not enrolled and not managed by SSO,
    /// in a stable order (by user id).
    /// </summary>
    public static IReadOnlyList<Member> HeldBack(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);

        return organization.Members.Values
            .Where(m => m.Status == MemberStatus.NotEnrolled)
            .OrderBy(m => m.UserId, StringComparer.Ordinal)
            .ToList();
    }
}
