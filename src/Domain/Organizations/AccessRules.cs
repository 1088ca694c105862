namespace TwoStep.Domain.Organizations;

/// <summary>Whether a session may use an organization (SPEC, "Access decision").</summary>
public static class AccessRules
{
    public static AccessDecision Decide(Organization? organization, Session session)
    {
        ArgumentNullException.ThrowIfNull(session);

        var member = organization?.Find(session.UserId);
        if (member is null)
        {
            return AccessDecision.Deny(AccessDenialReason.NotAMember);
        }

        // The session's own sign-in decides SSO: a stored status could be from an older sign-in.
        if (!organization!.TwoStepRequired || session.IsManagedBySso)
        {
            return AccessDecision.Allow;
        }

        if (member.Status != MemberStatus.Enrolled)
        {
            return AccessDecision.Deny(AccessDenialReason.EnrollmentRequired);
        }

        return session.PassedTwoStep ? AccessDecision.Allow : AccessDecision.Deny(AccessDenialReason.TwoStepRequired);
    }
}
