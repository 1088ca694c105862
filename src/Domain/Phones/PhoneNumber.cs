namespace TwoStep.Domain.Phones;

/// <summary>A phone number in E.164 form (<c>+15551234567</c>), already validated.</summary>
public sealed record PhoneNumber
{
    internal PhoneNumber(string e164, int countryCode)
    {
        E164 = e164;
        CountryCode = countryCode;
    }

    public string E164 { get; }

    public int CountryCode { get; }

    /// <summary>The number as shown to anyone but its owner: <c>+1 ••• ••• 4567</c>.</summary>
    public string Masked => Mask(E164);

    public static string Mask(string e164)
    {
        ArgumentException.ThrowIfNullOrEmpty(e164);

        var digits = e164.TrimStart('+');
        var last = digits.Length >= 4 ? digits[^4..] : digits;
        var prefix = MaskedCountryPrefix(digits);
        return $"+{prefix} ••• ••• {last}";
    }

    public override string ToString() => Masked;

    private static string MaskedCountryPrefix(string digits)
    {
        var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
        for (var length = 1; length <= 3 && length < digits.Length; length++)
        {
            var candidate = int.Parse(digits[..length], System.Globalization.CultureInfo.InvariantCulture);
            if (util.GetRegionCodeForCountryCode(candidate) != "ZZ")
            {
                return digits[..length];
            }
        }

        return digits[..1];
    }
}
