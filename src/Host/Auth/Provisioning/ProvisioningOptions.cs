namespace TwoStep.Host.Auth.Provisioning;

/// <summary>
/// The <c>Provisioning</c> configuration section: the keys of services that sync memberships. Each key
/// acts as an admin of every organization. Only the SHA-256 of a key is configured, never the key.
/// </summary>
public sealed class ProvisioningOptions
{
    public const string Section = "Provisioning";

    /// <summary>The accepted keys; none configured means provisioning is off.</summary>
    public List<ProvisioningKey> ApiKeys { get; set; } = [];
}
