using TwoStep.Domain.Organizations;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// What the user's side of memberships persists: the organizations, the status last reported by
/// the account, and whether every organization has been told that status (and a number change) yet.
/// </summary>
[GenerateSerializer]
public sealed class UserOrganizationsState
{
    [Id(0)]
    public HashSet<string> Organizations { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public MemberStatus Status { get; set; }

    [Id(2)]
    public bool StatusPublished { get; set; } = true;

    /// <summary>Organizations not yet told that the enrolled number changed.</summary>
    [Id(3)]
    public HashSet<string> PhoneChangeUnpublished { get; set; } = new(StringComparer.Ordinal);
}
