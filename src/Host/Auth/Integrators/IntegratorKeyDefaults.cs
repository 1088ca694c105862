namespace TwoStep.Host.Auth.Integrators;

/// <summary>The names the integrator key scheme goes by.</summary>
public static class IntegratorKeyDefaults
{
    public const string AuthenticationScheme = "IntegratorKey";

    /// <summary>The key's organization, only on identities of <see cref="AuthenticationScheme"/>.</summary>
    public const string OrganizationClaim = "twostep:integrator_organization";

    /// <summary>The key's id, only on identities of <see cref="AuthenticationScheme"/>.</summary>
    public const string KeyIdClaim = "twostep:integrator_key";
}
