namespace TwoStep.Domain.Organizations;

/// <summary>A member's two-step status as the organization knows it.</summary>
public enum MemberStatus
{
    NotEnrolled,
    Enrolled,
    SsoManaged,
}
