using System.Security.Cryptography;
using System.Text;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>
/// Seals private signing keys before they reach the database, under a key derived from the server
/// secret; the key id is bound in so rows cannot be swapped.
/// </summary>
public sealed class SigningKeySealer(byte[] serverSecret)
{
    private readonly SealedBox _box = new(serverSecret, "twostep/signing-keys/v1");

    public byte[] Seal(string kid, byte[] privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);

        return _box.Seal(privateKey, Encoding.UTF8.GetBytes(kid));
    }

    /// <exception cref="InvalidOperationException">The row was sealed under another secret or altered.</exception>
    public byte[] Open(string kid, byte[] sealedKey)
    {
        try
        {
            return _box.Open(sealedKey, Encoding.UTF8.GetBytes(kid));
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"Signing key {kid} in the database cannot be opened with TwoStep:CodeHashKey; "
                + "the secret was changed or the row was altered.",
                exception);
        }
    }
}
