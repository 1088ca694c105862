using TwoStep.Domain.Organizations;

namespace TwoStep.Seed;

/// <summary>A member to seed: who, their two-step status, and the number they enrolled (if enrolled).</summary>
public sealed record SeedMember(string UserId, string Name, string Email, MemberStatus Status, string? PhoneNumber);
