using System.Security.Cryptography;
using System.Text;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// Seals webhook signing secrets with AES-GCM under a key derived from the server secret, bound to
/// the endpoint id, so a copy of the database alone cannot sign deliveries and rows cannot be swapped.
/// </summary>
public sealed class WebhookSecretSealer
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("twostep/webhook-secrets/v1");

    private readonly byte[] _key;

    public WebhookSecretSealer(byte[] serverSecret)
    {
        ArgumentNullException.ThrowIfNull(serverSecret);

        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, serverSecret, 32, salt: null, info: Purpose);
    }

    public byte[] Seal(Guid endpointId, string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedSecret = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(sealedSecret.AsSpan(0, NonceSize));

        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(
            sealedSecret.AsSpan(0, NonceSize),
            plain,
            sealedSecret.AsSpan(NonceSize + TagSize),
            sealedSecret.AsSpan(NonceSize, TagSize),
            endpointId.ToByteArray());
        return sealedSecret;
    }

    /// <exception cref="AuthenticationTagMismatchException">Sealed under another secret, or altered.</exception>
    public string Open(Guid endpointId, byte[] sealedSecret)
    {
        ArgumentNullException.ThrowIfNull(sealedSecret);

        var plain = new byte[sealedSecret.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(
            sealedSecret.AsSpan(0, NonceSize),
            sealedSecret.AsSpan(NonceSize + TagSize),
            sealedSecret.AsSpan(NonceSize, TagSize),
            plain,
            endpointId.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }
}
