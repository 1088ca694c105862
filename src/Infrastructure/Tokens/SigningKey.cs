using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>One ES256 key pair: the private half signs, the public half is published in the JWKS.</summary>
public sealed class SigningKey
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    private SigningKey(string kid, ECDsa privateKey, DateTimeOffset activatesAt)
    {
        Kid = kid;
        ActivatesAt = activatesAt;
        PrivateKey = new ECDsaSecurityKey(privateKey) { KeyId = kid };

        var publicKey = ECDsa.Create(privateKey.ExportParameters(includePrivateParameters: false));
        PublicKey = new ECDsaSecurityKey(publicKey) { KeyId = kid };
        PublicParameters = publicKey.ExportParameters(includePrivateParameters: false);
    }

    public string Kid { get; }

    /// <summary>When this key starts signing; it is published from the moment it exists.</summary>
    public DateTimeOffset ActivatesAt { get; }

    internal ECDsaSecurityKey PrivateKey { get; }

    public ECDsaSecurityKey PublicKey { get; }

    internal ECParameters PublicParameters { get; }

    internal static SigningKey Generate(DateTimeOffset activatesAt)
    {
        var kid = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        return new SigningKey(kid, ECDsa.Create(ECCurve.NamedCurves.nistP256), activatesAt);
    }

    internal static SigningKey Import(string kid, byte[] pkcs8, DateTimeOffset activatesAt)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(pkcs8, out _);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }

        return new SigningKey(kid, key, activatesAt);
    }

    internal byte[] ExportPrivateKey() => PrivateKey.ECDsa.ExportPkcs8PrivateKey();

    public override string ToString() => $"SigningKey {{ Kid = {Kid}, ActivatesAt = {ActivatesAt:O} }}";
}
