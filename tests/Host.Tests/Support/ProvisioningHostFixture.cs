using System.Security.Cryptography;
using System.Text;

namespace TwoStep.Host.Tests.Support;

/// <summary>A host with one provisioning key configured, as an operator would (only its SHA-256).</summary>
public sealed class ProvisioningHostFixture : HostFixture
{
    public const string KeyName = "crm-sync";
    public const string Key = "tsk_8Zq3xH1uJk2Lm9Pq4Rs7Tv0Wy5Ab6Cd";

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings =>
    [
        new("Provisioning:ApiKeys:0:Name", KeyName),
        new("Provisioning:ApiKeys:0:Sha256", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Key)))),
    ];
}
