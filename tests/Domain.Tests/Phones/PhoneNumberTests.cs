using TwoStep.Domain.Phones;

namespace TwoStep.Domain.Tests.Phones;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("+16502530000", "+1 ••• ••• 0000")]
    [InlineData("+447400123456", "+44 ••• ••• 3456")]
    [InlineData("+4915123456789", "+49 ••• ••• 6789")]
    [InlineData("+35312345678", "+353 ••• ••• 5678")]
    public void Mask_keeps_only_the_country_code_and_the_last_four_digits(string e164, string masked)
    {
        Assert.Equal(masked, PhoneNumber.Mask(e164));
    }

    [Fact]
    public void ToString_is_masked_so_a_log_cannot_leak_the_number()
    {
        var number = new PhoneNumberPolicy(["US"]).Parse("+1 650 253 0000");

        Assert.Equal("+1 ••• ••• 0000", number.ToString());
    }
}
