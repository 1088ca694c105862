using TwoStep.Domain.Errors;
using TwoStep.Domain.Phones;

namespace TwoStep.Domain.Tests.Phones;

public class PhoneNumberPolicyTests
{
    private readonly PhoneNumberPolicy _policy = new(["US", "GB", "DE", "ES"]);

    [Theory]
    [InlineData("+1 650-253-0000", "+16502530000")]
    [InlineData("+44 7400 123456", "+447400123456")]
    [InlineData("  +49 151 23456789 ", "+4915123456789")]
    public void Parse_normalises_mobile_numbers_to_E164(string input, string expected)
    {
        var number = _policy.Parse(input);

        Assert.Equal(expected, number.E164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("650 253 0000")]
    [InlineData("+abc")]
    [InlineData("+1 123")]
    [InlineData("+999 1234567")]
    [InlineData("+1 650 253 0000 0000 0000 0000 0000 0000")]
    public void Parse_refuses_what_is_not_a_valid_number(string input)
    {
        var refusal = Assert.Throws<RefusalException>(() => _policy.Parse(input));

        Assert.Equal(ErrorCode.InvalidPhoneNumber, refusal.Code);
    }

    [Theory]
    [InlineData("+44 20 7946 0018", "fixed-line")]
    [InlineData("+44 901 234 5678", "premium-rate")]
    [InlineData("+34 901 123 456", "shared-cost")]
    [InlineData("+1 800 253 0000", "toll-free")]
    public void Parse_refuses_numbers_that_are_not_mobile_and_says_why(string input, string reason)
    {
        var refusal = Assert.Throws<RefusalException>(() => _policy.Parse(input));

        Assert.Equal(ErrorCode.PhoneNumberNotAllowed, refusal.Code);
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_refuses_valid_mobiles_from_regions_not_allowed()
    {
        var refusal = Assert.Throws<RefusalException>(() => _policy.Parse("+33 6 12 34 56 78"));

        Assert.Equal(ErrorCode.PhoneNumberNotAllowed, refusal.Code);
        Assert.Contains("FR", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_star_allows_every_region()
    {
        var policy = new PhoneNumberPolicy(["*"]);

        var number = policy.Parse("+33 6 12 34 56 78");

        Assert.Equal("+33612345678", number.E164);
    }

    [Fact]
    public void Refusals_never_repeat_the_number()
    {
        var refusal = Assert.Throws<RefusalException>(() => _policy.Parse("+33 6 12 34 56 78"));

        var compact = refusal.Message.Replace(" ", "", StringComparison.Ordinal);

        Assert.DoesNotContain("612345678", compact, StringComparison.Ordinal);
    }
}
