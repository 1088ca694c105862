using System.Security.Cryptography;
using System.Text;

namespace TwoStep.Domain.Codes;

/// <summary>
/// Keyed hashes of one-time codes. Only these hashes are ever stored; the key is a server
/// secret, so a copy of the database alone does not let anyone brute-force six digits.
/// </summary>
public sealed class CodeHasher
{
    private const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public CodeHasher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException(
                $"The code hashing key must be at least {MinimumKeyBytes} bytes.",
                nameof(key));
        }

        _key = key.ToArray();
    }

    public string Hash(string userId, CodePurpose purpose, string code)
    {
        // The user and purpose are part of the message so a hash copied from one account
        // or flow cannot verify anywhere else.
        var message = Encoding.UTF8.GetBytes($"{purpose}\n{userId}\n{code}");
        return Convert.ToBase64String(HMACSHA256.HashData(_key, message));
    }

    /// <summary>
    /// A stable name for a phone number that does not reveal it: the hex HMAC of the E.164
    /// form. Per-number records are keyed by this, never by the number itself.
    /// </summary>
    public string PhoneNumberKey(string e164)
    {
        ArgumentException.ThrowIfNullOrEmpty(e164);

        var message = Encoding.UTF8.GetBytes($"phone\n{e164}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, message));
    }

    public bool Matches(string userId, CodePurpose purpose, string code, string storedHash)
    {
        var actual = Convert.FromBase64String(Hash(userId, purpose, code));
        byte[] expected;
        try
        {
            expected = Convert.FromBase64String(storedHash);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
