namespace TwoStep.Seed;

/// <summary>An organization to seed: its owner (the first admin, not enrolled) and its other members.</summary>
public sealed record SeedOrganization(
    string Id,
    string Name,
    string OwnerId,
    IReadOnlyList<SeedMember> Members);
