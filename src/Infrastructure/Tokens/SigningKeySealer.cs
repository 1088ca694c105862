using System.Security.Cryptography;
using System.Text;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>
/// Seals private signing keys with AES-GCM before they reach the database, under a key derived
/// from the server secret; the key id is bound in as associated data so rows cannot be swapped.
/// </summary>
public sealed class SigningKeySealer
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("twostep/signing-keys/v1");

    private readonly byte[] _key;

    public SigningKeySealer(byte[] serverSecret)
    {
        ArgumentNullException.ThrowIfNull(serverSecret);

        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, serverSecret, 32, salt: null, info: Purpose);
    }

    public byte[] Seal(string kid, byte[] privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);

        var sealedKey = new byte[NonceSize + TagSize + privateKey.Length];
        var nonce = sealedKey.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(
            nonce,
            privateKey,
            sealedKey.AsSpan(NonceSize + TagSize),
            sealedKey.AsSpan(NonceSize, TagSize),
            Encoding.UTF8.GetBytes(kid));
        return sealedKey;
    }

    /// <exception cref="InvalidOperationException">The row was sealed under another secret or altered.</exception>
    public byte[] Open(string kid, byte[] sealedKey)
    {
        ArgumentNullException.ThrowIfNull(sealedKey);

        if (sealedKey.Length <= NonceSize + TagSize)
        {
            throw Unreadable(kid, null);
        }

        var privateKey = new byte[sealedKey.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(
                sealedKey.AsSpan(0, NonceSize),
                sealedKey.AsSpan(NonceSize + TagSize),
                sealedKey.AsSpan(NonceSize, TagSize),
                privateKey,
                Encoding.UTF8.GetBytes(kid));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw Unreadable(kid, exception);
        }

        return privateKey;
    }

    private static InvalidOperationException Unreadable(string kid, Exception? inner) => new(
        $"Signing key {kid} in the database cannot be opened with TwoStep:CodeHashKey; "
        + "the secret was changed or the row was altered.",
        inner);
}
