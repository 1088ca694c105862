namespace TwoStep.Domain.Organizations;

/// <summary>What a member may do in an organization. An admin holds both roles.</summary>
[Flags]
public enum OrganizationRoles
{
    None = 0,
    UserAdmin = 1,
    OrganizationAdmin = 2,
    Admin = UserAdmin | OrganizationAdmin,
}
