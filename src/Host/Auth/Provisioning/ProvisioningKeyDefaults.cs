namespace TwoStep.Host.Auth.Provisioning;

/// <summary>The names the provisioning key scheme goes by.</summary>
public static class ProvisioningKeyDefaults
{
    public const string AuthenticationScheme = "ProvisioningKey";

    /// <summary>The header that carries a key; <c>Authorization: Bearer &lt;key&gt;</c> works too.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The claim that names the key, only on identities of <see cref="AuthenticationScheme"/>.</summary>
    public const string KeyNameClaim = "twostep:provisioning_key";
}
