using System.Security.Cryptography;
using System.Text;

namespace TwoStep.Application.Integrations;

/// <summary>
/// Integrator key secrets: <c>tsi_</c>, the key id (32 hex digits), <c>_</c> and 32 random bytes in
/// base64url. The id finds the stored hash; the random part is what proves the key.
/// </summary>
public static class IntegratorKeySecrets
{
    public const string Prefix = "tsi_";

    private const int IdLength = 32;

    public static string New(Guid id) =>
        $"{Prefix}{id:N}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";

    /// <summary>Whether the value has the shape of an integrator key (it may still be wrong).</summary>
    public static bool LooksLikeKey(string? value) => value is not null && IdOf(value) is not null;

    /// <summary>The key id a presented secret names, or <c>null</c> when it has not the key's shape.</summary>
    public static Guid? IdOf(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);

        var separator = Prefix.Length + IdLength;
        return presented.StartsWith(Prefix, StringComparison.Ordinal)
            && presented.Length > separator + 1
            && presented[separator] == '_'
            && Guid.TryParseExact(presented.AsSpan(Prefix.Length, IdLength), "N", out var id)
                ? id
                : null;
    }

    /// <summary>The hash kept for a secret. The secret is 256 random bits, so a fast hash is enough.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
