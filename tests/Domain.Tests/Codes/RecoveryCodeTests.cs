using TwoStep.Domain.Codes;

namespace TwoStep.Domain.Tests.Codes;

public class RecoveryCodeTests
{
    [Fact]
    public void A_set_has_ten_distinct_codes_of_two_groups_of_five()
    {
        var codes = RecoveryCode.GenerateSet();

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[2-9a-z]{5}-[2-9a-z]{5}$", code));
    }

    [Fact]
    public void Codes_avoid_characters_that_are_easily_misread()
    {
        var text = string.Concat(Enumerable.Range(0, 50).SelectMany(_ => RecoveryCode.GenerateSet()));

        Assert.DoesNotContain('0', text);
        Assert.DoesNotContain('1', text);
        Assert.DoesNotContain('o', text);
        Assert.DoesNotContain('l', text);
        Assert.DoesNotContain('i', text);
    }

    [Theory]
    [InlineData("ABCDE-FGHJK", "abcdefghjk")]
    [InlineData(" abcde fghjk ", "abcdefghjk")]
    [InlineData("abcdefghjk", "abcdefghjk")]
    public void Normalize_ignores_case_spaces_and_dashes(string input, string expected)
    {
        Assert.Equal(expected, RecoveryCode.Normalize(input));
    }
}
