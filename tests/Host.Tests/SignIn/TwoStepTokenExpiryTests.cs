using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.SignIn.SignInFlow;

namespace TwoStep.Host.Tests.SignIn;

/// <summary>A host of its own: these tests move its clock far ahead.</summary>
public sealed class TwoStepTokenExpiryTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Me = "{ me { id } }";

    [Fact]
    public async Task An_expired_two_step_token_is_refused()
    {
        var token = await host.TwoStepTokenAsync("expiring", NewPhone());

        host.Clock.Advance(TimeSpan.FromMinutes(12));
        var answer = await host.Client.PostGraphQLAsync(Me, token: token);

        Assert.Equal("UNAUTHENTICATED", answer.ErrorCode);
    }

    [Fact]
    public async Task A_two_step_token_works_until_just_before_it_expires()
    {
        var token = await host.TwoStepTokenAsync("lasting", NewPhone());

        host.Clock.Advance(TimeSpan.FromMinutes(9));
        var answer = await host.Client.PostGraphQLAsync(Me, token: token);

        Assert.Empty(answer.Errors);
    }
}
