using TwoStep.Domain.Identity;

namespace TwoStep.Domain.Organizations;

/// <summary>
/// Who is asking and what their session proves: the identity provider of the primary sign-in,
/// whether a two-step token was presented, and whether the caller is a provisioning credential
/// (a configured service key, not a person) rather than a member's session.
/// </summary>
public sealed record Session(
    string UserId,
    IdentityProvider Provider,
    bool PassedTwoStep,
    bool IsProvisioning = false)
{
    public bool IsManagedBySso => Provider == IdentityProvider.Sso;
}
