using PhoneNumbers;
using TwoStep.Domain.Errors;

namespace TwoStep.Domain.Phones;

/// <summary>
/// Turns user input into an E.164 number that may receive codes: a valid mobile or
/// mobile-capable number in an allowed region. Premium-rate, shared-cost, toll-free,
/// fixed-line and short numbers are always refused.
/// </summary>
public sealed class PhoneNumberPolicy
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private readonly HashSet<string> _allowedRegions;
    private readonly bool _anyRegion;

    /// <param name="allowedRegions">ISO 3166 region codes, or <c>*</c> for every region.</param>
    public PhoneNumberPolicy(IEnumerable<string> allowedRegions)
    {
        _allowedRegions = allowedRegions
            .Select(r => r.Trim().ToUpperInvariant())
            .Where(r => r.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        _anyRegion = _allowedRegions.Contains("*");
    }

    public PhoneNumber Parse(string input)
    {
        var parsed = ParseOrRefuse(input);
        if (!Util.IsValidNumber(parsed))
        {
            throw Invalid("The phone number is not a valid number.");
        }

        var region = Util.GetRegionCodeForNumber(parsed);
        if (!_anyRegion && (region is null || !_allowedRegions.Contains(region)))
        {
            throw NotAllowed($"Phone numbers from region {region ?? "unknown"} are not accepted.");
        }

        var type = Util.GetNumberType(parsed);
        if (type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            throw NotAllowed($"Only mobile numbers can receive codes; this one is {Describe(type)}.");
        }

        var e164 = Util.Format(parsed, PhoneNumberFormat.E164);
        return new PhoneNumber(e164, parsed.CountryCode);
    }

    private static PhoneNumbers.PhoneNumber ParseOrRefuse(string input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 32)
        {
            throw Invalid("Enter the phone number with its country code, such as +1 555 123 4567.");
        }

        if (!trimmed.StartsWith('+'))
        {
            throw Invalid("The phone number must start with + and its country code.");
        }

        try
        {
            return Util.Parse(trimmed, null);
        }
        catch (NumberParseException)
        {
            throw Invalid("The phone number could not be read.");
        }
    }

    private static string Describe(PhoneNumberType type) => type switch
    {
        PhoneNumberType.PREMIUM_RATE => "a premium-rate number",
        PhoneNumberType.SHARED_COST => "a shared-cost number",
        PhoneNumberType.TOLL_FREE => "a toll-free number",
        PhoneNumberType.FIXED_LINE => "a fixed-line number",
        PhoneNumberType.VOIP => "an internet (VoIP) number",
        PhoneNumberType.PAGER => "a pager number",
        _ => "not a mobile number",
    };

    private static RefusalException Invalid(string message) =>
        new(ErrorCode.InvalidPhoneNumber, message);

    private static RefusalException NotAllowed(string message) =>
        new(ErrorCode.PhoneNumberNotAllowed, message);
}
