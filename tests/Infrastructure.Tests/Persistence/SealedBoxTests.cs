using System.Security.Cryptography;
using System.Text;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Tests.Persistence;

public sealed class SealedBoxTests
{
    private static readonly byte[] ServerSecret = Encoding.UTF8.GetBytes("sealed-box-tests-server-secret-of-32-chars");
    private static readonly byte[] Row = [1, 2, 3];

    [Fact]
    public void A_sealed_value_opens_for_its_row_and_hides_the_plain_text()
    {
        var box = new SealedBox(ServerSecret, "tests/v1");
        var plain = Encoding.UTF8.GetBytes("whsec_secret");

        var sealedValue = box.Seal(plain, Row);

        Assert.Equal(plain, box.Open(sealedValue, Row));
        Assert.DoesNotContain("whsec_secret", Encoding.UTF8.GetString(sealedValue), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sealed_value_does_not_open_for_another_row_another_purpose_or_another_secret()
    {
        var sealedValue = new SealedBox(ServerSecret, "tests/v1").Seal([42], Row);

        Assert.ThrowsAny<CryptographicException>(() => new SealedBox(ServerSecret, "tests/v1").Open(sealedValue, [9]));
        Assert.ThrowsAny<CryptographicException>(() => new SealedBox(ServerSecret, "tests/v2").Open(sealedValue, Row));
        var otherSecret = Encoding.UTF8.GetBytes("another-server-secret-of-at-least-32-chars");
        Assert.ThrowsAny<CryptographicException>(() => new SealedBox(otherSecret, "tests/v1").Open(sealedValue, Row));
    }

    [Fact]
    public void An_altered_or_truncated_value_does_not_open()
    {
        var box = new SealedBox(ServerSecret, "tests/v1");
        var sealedValue = box.Seal([42, 43], Row);
        var altered = (byte[])sealedValue.Clone();
        altered[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => box.Open(altered, Row));
        Assert.ThrowsAny<CryptographicException>(() => box.Open(sealedValue[..10], Row));
    }
}
