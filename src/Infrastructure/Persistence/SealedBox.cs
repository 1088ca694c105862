using System.Security.Cryptography;
using System.Text;

namespace TwoStep.Infrastructure.Persistence;

/// <summary>
/// AES-GCM sealing of secrets kept in the database, under a key derived (HKDF-SHA256) from the
/// server secret for one purpose. Each sealed value is bound to its row (associated data), so a copy
/// of the database alone opens nothing and sealed values cannot be swapped between rows.
/// Layout: nonce (12 bytes), tag (16 bytes), ciphertext.
/// </summary>
public sealed class SealedBox
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key;

    public SealedBox(byte[] serverSecret, string purpose)
    {
        ArgumentNullException.ThrowIfNull(serverSecret);

        var info = Encoding.UTF8.GetBytes(purpose);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, serverSecret, 32, salt: null, info: info);
    }

    public byte[] Seal(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> boundTo)
    {
        var sealedValue = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(_key, TagSize);
        var tag = sealedValue.AsSpan(NonceSize, TagSize);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceSize + TagSize), tag, boundTo);
        return sealedValue;
    }

    /// <exception cref="CryptographicException">Sealed under another secret or for another row, or altered.</exception>
    public byte[] Open(byte[] sealedValue, ReadOnlySpan<byte> boundTo)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);

        if (sealedValue.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The sealed value is too short to have been sealed here.");
        }

        var plain = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(
            sealedValue.AsSpan(0, NonceSize),
            sealedValue.AsSpan(NonceSize + TagSize),
            sealedValue.AsSpan(NonceSize, TagSize),
            plain,
            boundTo);
        return plain;
    }
}
