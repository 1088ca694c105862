namespace TwoStep.Domain.Organizations;

/// <summary>Allowed, or the reason why not.</summary>
public sealed record AccessDecision(bool Allowed, AccessDenialReason? Reason)
{
    public static AccessDecision Allow { get; } = new(true, null);

    public static AccessDecision Deny(AccessDenialReason reason) => new(false, reason);
}
