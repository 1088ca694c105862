namespace TwoStep.Application.Organizations;

/// <summary>The <see cref="AuditEntry.Action"/> values. Stored and shown to admins: never rename.</summary>
public static class AuditActions
{
    public const string OrganizationCreated = "organization.created";
    public const string MemberAdded = "member.added";
    public const string MemberRemoved = "member.removed";
    public const string MemberRolesChanged = "member.roles_changed";
    public const string RequirementChanged = "organization.two_step_requirement.changed";
    public const string MemberEnrollmentChanged = "member.enrollment_changed";
    public const string MemberPhoneChanged = "member.phone_changed";
    public const string MemberProfileChanged = "member.profile_changed";
}
