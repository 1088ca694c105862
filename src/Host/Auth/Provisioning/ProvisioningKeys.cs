using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TwoStep.Host.Auth.Provisioning;

/// <summary>Finds which configured provisioning key a presented secret is, in constant time.</summary>
internal sealed class ProvisioningKeys
{
    private readonly (string Name, byte[] Hash)[] _keys;

    public ProvisioningKeys(IOptions<ProvisioningOptions> options)
    {
        _keys = options.Value.ApiKeys
            .Select(key => (key.Name, Convert.FromHexString(key.Sha256)))
            .ToArray();
    }

    public bool IsEnabled => _keys.Length > 0;

    /// <summary>The name of the key <paramref name="presented"/> is, or <c>null</c>.</summary>
    public string? Match(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), hash);

        // Every key is compared, each in constant time, so the time taken says nothing about which
        // key (if any) came close.
        string? match = null;
        foreach (var (name, expected) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                match = name;
            }
        }

        return match;
    }
}
