using TwoStep.Domain.Identity;

namespace TwoStep.Domain.Organizations;

/// <summary>
/// Who is asking and what their session proves: the identity provider of the primary sign-in
/// and whether a two-step token was presented.
/// </summary>
public sealed record Session(string UserId, IdentityProvider Provider, bool PassedTwoStep)
{
    public bool IsManagedBySso => Provider == IdentityProvider.Sso;
}
