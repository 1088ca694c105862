using System.Security.Cryptography;

namespace TwoStep.Domain.Codes;

/// <summary>Six-digit codes sent by SMS.</summary>
public static class OneTimeCode
{
    public const int Length = 6;

    public static string Generate() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when the input has the shape of a code; says nothing about whether it is right.</summary>
    public static bool IsWellFormed(string? input) =>
        input is { Length: Length } && input.All(char.IsAsciiDigit);
}
