using TwoStep.Domain.Accounts;
using TwoStep.Domain.Limits;

namespace TwoStep.Domain.Tests.Limits;

public class FailureLockTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly VerificationSettings Settings = new();

    [Fact]
    public void Nineteen_failures_do_not_lock()
    {
        var failures = Fail(FailureLock.None, 19);

        Assert.Null(failures.RetryAfter(Now));
        Assert.Equal(19, failures.Failures);
    }

    [Fact]
    public void The_twentieth_failure_locks_for_15_minutes()
    {
        var failures = Fail(FailureLock.None, 20);

        Assert.Equal(TimeSpan.FromMinutes(15), failures.RetryAfter(Now));
        Assert.Null(failures.RetryAfter(Now.AddMinutes(15)));
    }

    [Fact]
    public void Each_repeat_lock_lasts_twice_as_long()
    {
        var first = Fail(FailureLock.None, 20);
        var second = Fail(first, 20);
        var third = Fail(second, 20);

        Assert.Equal(TimeSpan.FromMinutes(30), second.RetryAfter(Now));
        Assert.Equal(TimeSpan.FromMinutes(60), third.RetryAfter(Now));
    }

    [Fact]
    public void The_doubling_stops_at_the_longest_lock()
    {
        var failures = FailureLock.None;
        for (var i = 0; i < 40; i++)
        {
            failures = Fail(failures, 20);
        }

        Assert.Equal(Settings.MaxLockDuration, failures.RetryAfter(Now));
    }

    [Fact]
    public void The_threshold_and_durations_are_configurable()
    {
        var settings = new VerificationSettings { MaxConsecutiveFailures = 3, LockDuration = TimeSpan.FromMinutes(1) };

        var failures = FailureLock.None
            .AfterFailure(Now, settings)
            .AfterFailure(Now, settings)
            .AfterFailure(Now, settings);

        Assert.Equal(TimeSpan.FromMinutes(1), failures.RetryAfter(Now));
    }

    private static FailureLock Fail(FailureLock failures, int times)
    {
        for (var i = 0; i < times; i++)
        {
            failures = failures.AfterFailure(Now, Settings);
        }

        return failures;
    }
}
