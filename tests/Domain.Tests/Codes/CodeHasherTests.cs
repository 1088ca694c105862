using System.Text;
using TwoStep.Domain.Codes;

namespace TwoStep.Domain.Tests.Codes;

public class CodeHasherTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a-test-key-that-is-long-enough-for-hmac");

    private readonly CodeHasher _hasher = new(Key);

    [Fact]
    public void A_hash_matches_its_own_code_only()
    {
        var hash = _hasher.Hash("user-1", CodePurpose.Enrollment, "123456");

        Assert.True(_hasher.Matches("user-1", CodePurpose.Enrollment, "123456", hash));
        Assert.False(_hasher.Matches("user-1", CodePurpose.Enrollment, "123457", hash));
    }

    [Fact]
    public void A_hash_is_bound_to_its_user_and_purpose()
    {
        var hash = _hasher.Hash("user-1", CodePurpose.Enrollment, "123456");

        Assert.False(_hasher.Matches("user-2", CodePurpose.Enrollment, "123456", hash));
        Assert.False(_hasher.Matches("user-1", CodePurpose.SignIn, "123456", hash));
    }

    [Fact]
    public void The_hash_depends_on_the_server_key()
    {
        var other = new CodeHasher(Encoding.UTF8.GetBytes("another-test-key-that-is-long-enough!!"));

        var hash = _hasher.Hash("user-1", CodePurpose.Enrollment, "123456");

        Assert.False(other.Matches("user-1", CodePurpose.Enrollment, "123456", hash));
    }

    [Fact]
    public void The_hash_does_not_contain_the_code()
    {
        var hash = _hasher.Hash("user-1", CodePurpose.Enrollment, "123456");

        Assert.DoesNotContain("123456", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_stored_hash_never_matches()
    {
        Assert.False(_hasher.Matches("user-1", CodePurpose.Enrollment, "123456", "not base64!"));
    }

    [Fact]
    public void Short_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new CodeHasher(new byte[16]));
    }

    [Fact]
    public void A_phone_number_key_is_stable_and_does_not_contain_the_number()
    {
        var key = _hasher.PhoneNumberKey("+447400123456");

        Assert.Equal(key, new CodeHasher(Key).PhoneNumberKey("+447400123456"));
        Assert.NotEqual(key, _hasher.PhoneNumberKey("+447400123457"));
        Assert.DoesNotContain("7400123456", key, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    [Fact]
    public void A_phone_number_key_depends_on_the_server_key()
    {
        var other = new CodeHasher(Encoding.UTF8.GetBytes("another-test-key-that-is-long-enough-too"));

        Assert.NotEqual(_hasher.PhoneNumberKey("+447400123456"), other.PhoneNumberKey("+447400123456"));
    }
}
