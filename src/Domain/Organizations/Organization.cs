using System.Collections.Immutable;

namespace TwoStep.Domain.Organizations;

/// <summary>
/// An organization, its two-step requirement and its members by user id. Immutable: every
/// rule returns a new value, and the caller persists it before answering.
/// </summary>
public sealed record Organization(
    string Id,
    string Name,
    bool TwoStepRequired,
    ImmutableDictionary<string, Member> Members)
{
    public int AdminCount => Members.Values.Count(m => m.IsAdmin);

    public Member? Find(string userId) => Members.GetValueOrDefault(userId);

    public bool IsAdmin(string userId) => Find(userId)?.IsAdmin == true;
}
