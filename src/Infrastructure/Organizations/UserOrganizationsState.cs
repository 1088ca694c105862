using TwoStep.Application.Organizations;
using TwoStep.Domain.Organizations;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// What the user's side of memberships persists: the organizations, the status (and masked number
/// and enrollment time) last reported by the account, the profile of the latest token, and whether
/// every organization has been told all of that (and a number change) yet.
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

    [Id(4)]
    public string? MaskedPhoneNumber { get; set; }

    [Id(5)]
    public MemberProfile? Profile { get; set; }

    /// <summary>When the account enrolled; null unless enrolled, and in state stored before it was kept.</summary>
    [Id(6)]
    public DateTimeOffset? EnabledAt { get; set; }
}
