using TwoStep.Domain.Codes;

namespace TwoStep.Domain.Tests.Codes;

public class OneTimeCodeTests
{
    [Fact]
    public void Codes_are_six_digits()
    {
        for (var i = 0; i < 1000; i++)
        {
            var code = OneTimeCode.Generate();

            Assert.Matches("^[0-9]{6}$", code);
        }
    }

    [Fact]
    public void Codes_are_not_repeated_in_a_small_sample()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => OneTimeCode.Generate()).ToHashSet();

        // 200 draws from a million collide with probability about 2%; 190 distinct is far below that.
        Assert.True(codes.Count > 190, $"only {codes.Count} distinct codes in 200");
    }

    [Theory]
    [InlineData("123456", true)]
    [InlineData("012345", true)]
    [InlineData("12345", false)]
    [InlineData("1234567", false)]
    [InlineData("12a456", false)]
    [InlineData("１２３４５６", false)]
    [InlineData(null, false)]
    public void IsWellFormed_accepts_six_ascii_digits_only(string? input, bool expected)
    {
        Assert.Equal(expected, OneTimeCode.IsWellFormed(input));
    }
}
