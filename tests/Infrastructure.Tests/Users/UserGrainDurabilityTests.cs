using Orleans.Storage;
using TwoStep.Application.Common;
using TwoStep.Application.Users;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Tests.Support;

namespace TwoStep.Infrastructure.Tests.Users;

[Collection(SharedCluster.Name)]
public sealed class UserGrainDurabilityTests(ClusterFixture fixture)
{
    // xUnit makes an instance per test: every test has a number of its own.
    private string Mobile { get; } = TestPhones.NextMobile();

    private RecordingSmsSender Sms => fixture.Context.Sms;

    [Fact]
    public async Task An_enrollment_survives_a_full_cluster_restart()
    {
        var caller = NewCaller();
        var before = await Enroll(caller);

        await fixture.RestartAsync();
        var after = await fixture.Grains.GetGrain<IUserGrain>(caller.UserId).GetStatus();

        Assert.True(after.Enabled);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_write_that_lost_the_ETag_race_fails_loudly_and_the_next_call_reads_again()
    {
        var caller = NewCaller();
        var user = fixture.Grains.GetGrain<IUserGrain>(caller.UserId);
        await Enroll(caller);
        var sentBefore = Sms.Attempted.Count;

        // A new code for an enrolled account is a change of number: it needs a passed second
        // step, and the send limit wants 30 seconds since the enrollment code.
        caller = caller with { TwoStepAt = fixture.Context.Time.GetUtcNow() };
        fixture.Context.Time.Advance(TimeSpan.FromSeconds(30));

        // Another writer moves the stored version under the live activation.
        await fixture.Database.ExecuteAsync(
            "UPDATE orleansstorage SET version = version + 1 WHERE grainidextensionstring = @id",
            ("id", caller.UserId));
        await Assert.ThrowsAsync<InconsistentStateException>(() => user.StartEnrollment(caller, Mobile));
        var sentAfterRace = Sms.Attempted.Count;
        var retried = await user.StartEnrollment(caller, Mobile);

        Assert.Equal(sentBefore, sentAfterRace);
        Assert.Null(retried.Refusal);
        Assert.Equal(sentBefore + 1, Sms.Attempted.Count);
        Assert.True((await user.GetStatus()).Enabled);
    }

    private async Task<TwoStepStatus> Enroll(Caller caller)
    {
        var user = fixture.Grains.GetGrain<IUserGrain>(caller.UserId);
        (await user.StartEnrollment(caller, Mobile)).Unwrap();
        var code = SmsCodes.LastTo(Sms, Mobile);
        return (await user.ConfirmEnrollment(caller, code)).Unwrap().TwoStep;
    }

    private Caller NewCaller()
    {
        var id = $"user-{Guid.NewGuid():N}";
        return new Caller(id, null, null, IdentityProvider.Google, fixture.Context.Time.GetUtcNow());
    }
}
