using System.Security.Cryptography;

namespace TwoStep.Domain.Codes;

/// <summary>Single-use recovery codes such as <c>k7wq3-mz9xe</c>: 50 bits of randomness each.</summary>
public static class RecoveryCode
{
    public const int SetSize = 10;

    // No 0/o, 1/l/i: codes are read off paper and typed by hand.
    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
    private const int GroupLength = 5;

    public static IReadOnlyList<string> GenerateSet()
    {
        var codes = new string[SetSize];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Generate();
        }

        return codes;
    }

    /// <summary>Lower case without separators or spaces, so typing variants still match.</summary>
    public static string Normalize(string input) =>
        new(input.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string Generate()
    {
        var first = RandomNumberGenerator.GetString(Alphabet, GroupLength);
        var second = RandomNumberGenerator.GetString(Alphabet, GroupLength);
        return $"{first}-{second}";
    }
}
