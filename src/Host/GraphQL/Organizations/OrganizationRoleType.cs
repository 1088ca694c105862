using GraphQL.Types;
using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

/// <summary>The <c>OrganizationRole</c> enum: one role each; an admin holds both.</summary>
public sealed class OrganizationRoleType : EnumerationGraphType
{
    private static readonly OrganizationRoles[] Single =
        [OrganizationRoles.UserAdmin, OrganizationRoles.OrganizationAdmin];

    public OrganizationRoleType()
    {
        Name = "OrganizationRole";
        Description = "A role in an organization. An admin holds both.";

        Add("USER_ADMIN", OrganizationRoles.UserAdmin, "Manages the members of the organization.");
        Add("ORGANIZATION_ADMIN", OrganizationRoles.OrganizationAdmin, "Manages the organization's settings.");
    }

    /// <summary>The roles of a list argument as one set; none when the list is empty.</summary>
    public static OrganizationRoles Combine(IEnumerable<OrganizationRoles> roles) =>
        roles.Aggregate(OrganizationRoles.None, (all, role) => all | role);

    /// <summary>A set of roles as the list GraphQL shows.</summary>
    public static IReadOnlyList<OrganizationRoles> Split(OrganizationRoles roles) =>
        Array.FindAll(Single, role => roles.HasFlag(role));
}
