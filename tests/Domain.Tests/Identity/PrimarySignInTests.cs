using TwoStep.Domain.Identity;

namespace TwoStep.Domain.Tests.Identity;

public class PrimarySignInTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(0, true)]
    [InlineData(299, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(3600, false)]
    public void A_sign_in_is_fresh_within_the_window(int ageSeconds, bool fresh)
    {
        var signIn = new PrimarySignIn(IdentityProvider.Password, Now.AddSeconds(-ageSeconds));

        Assert.Equal(fresh, signIn.IsFresh(Now, Window));
    }

    [Fact]
    public void A_sign_in_from_the_far_future_is_not_fresh()
    {
        var signIn = new PrimarySignIn(IdentityProvider.Password, Now.AddHours(1));

        Assert.False(signIn.IsFresh(Now, Window));
    }
}
