namespace TwoStep.Domain.Identity;

/// <summary>Where the member's primary sign-in happened (the <c>idp</c> claim).</summary>
public enum IdentityProvider
{
    Password,
    Google,
    Microsoft,
    Sso,
}
