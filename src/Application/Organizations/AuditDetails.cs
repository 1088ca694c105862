using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>
/// The <see cref="AuditEntry.Detail"/> values, in the names the GraphQL API uses for the same things.
/// Stored and shown to admins: never rename.
/// </summary>
public static class AuditDetails
{
    public const string NoRoles = "NONE";
    public const string Required = "REQUIRED";
    public const string NotRequired = "NOT_REQUIRED";

    /// <summary>Roles as <c>USER_ADMIN,ORGANIZATION_ADMIN</c>, or <see cref="NoRoles"/>.</summary>
    public static string Roles(OrganizationRoles roles)
    {
        var names = new List<string>(2);
        if (roles.HasFlag(OrganizationRoles.UserAdmin))
        {
            names.Add("USER_ADMIN");
        }

        if (roles.HasFlag(OrganizationRoles.OrganizationAdmin))
        {
            names.Add("ORGANIZATION_ADMIN");
        }

        return names.Count == 0 ? NoRoles : string.Join(',', names);
    }

    public static string Requirement(bool required) => required ? Required : NotRequired;

    public static string Status(MemberStatus status) => status switch
    {
        MemberStatus.Enrolled => "ENROLLED",
        MemberStatus.NotEnrolled => "NOT_ENROLLED",
        MemberStatus.SsoManaged => "SSO_MANAGED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
