namespace TwoStep.Host.Auth.Provisioning;

/// <summary>One provisioning key: a name for the audit log and the key's SHA-256 in hex.</summary>
public sealed class ProvisioningKey
{
    /// <summary>Shown in the audit log as <c>provisioning:&lt;name&gt;</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The lowercase or uppercase hex SHA-256 of the key's UTF-8 bytes (64 characters).</summary>
    public string Sha256 { get; set; } = string.Empty;
}
