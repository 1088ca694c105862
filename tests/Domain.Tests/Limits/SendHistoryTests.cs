using TwoStep.Domain.Errors;
using TwoStep.Domain.Limits;

namespace TwoStep.Domain.Tests.Limits;

public class SendHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly SendLimits Limits = new();

    [Fact]
    public void The_first_send_is_allowed_and_recorded()
    {
        var decision = SendHistory.None.TryRecord(Now, Limits);

        Assert.True(decision.Allowed);
        Assert.Equal([Now], decision.History.Sends);
    }

    [Fact]
    public void A_second_send_within_30_seconds_waits_for_the_rest_of_them()
    {
        var history = SendHistory.None.TryRecord(Now, Limits).History;

        var decision = history.TryRecord(Now.AddSeconds(10), Limits);

        Assert.False(decision.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(20), decision.RetryAfter);
        Assert.Equal(history.Sends, decision.History.Sends);
    }

    [Fact]
    public void A_send_30_seconds_later_is_allowed()
    {
        var history = SendHistory.None.TryRecord(Now, Limits).History;

        Assert.True(history.TryRecord(Now.AddSeconds(30), Limits).Allowed);
    }

    [Fact]
    public void The_sixth_send_in_an_hour_waits_until_the_first_leaves_the_hour()
    {
        var history = Sent(5, every: TimeSpan.FromMinutes(1));

        var decision = history.TryRecord(Now.AddMinutes(10), Limits);

        Assert.False(decision.Allowed);
        Assert.Equal(TimeSpan.FromMinutes(50), decision.RetryAfter);
        Assert.True(history.TryRecord(Now.AddHours(1), Limits).Allowed);
    }

    [Fact]
    public void The_eleventh_send_in_a_day_waits_until_the_first_leaves_the_day()
    {
        var history = Sent(10, every: TimeSpan.FromHours(1));
        var at = Now.AddHours(12);

        var decision = history.TryRecord(at, Limits);

        Assert.False(decision.Allowed);
        Assert.Equal(Now.AddDays(1) - at, decision.RetryAfter);
        Assert.True(history.TryRecord(Now.AddDays(1), Limits).Allowed);
    }

    [Fact]
    public void Sends_older_than_a_day_are_forgotten()
    {
        var history = Sent(10, every: TimeSpan.FromHours(1));

        var decision = history.TryRecord(Now.AddDays(2), Limits);

        Assert.True(decision.Allowed);
        Assert.Equal([Now.AddDays(2)], decision.History.Sends);
    }

    [Fact]
    public void The_limits_are_configurable()
    {
        var strict = new SendLimits { MinimumInterval = TimeSpan.FromMinutes(5), PerHour = 1, PerDay = 2 };
        var history = SendHistory.None.TryRecord(Now, strict).History;

        var decision = history.TryRecord(Now.AddMinutes(6), strict);

        Assert.Equal(TimeSpan.FromMinutes(54), decision.RetryAfter);
    }

    [Fact]
    public void A_refusal_is_RATE_LIMITED_with_the_time_to_wait()
    {
        var history = SendHistory.None.TryRecord(Now, Limits).History;

        var refusal = history.TryRecord(Now.AddSeconds(1), Limits).ToException();

        Assert.Equal(ErrorCode.RateLimited, refusal.Code);
        Assert.Equal(TimeSpan.FromSeconds(29), refusal.RetryAfter);
    }

    private static SendHistory Sent(int count, TimeSpan every)
    {
        var history = SendHistory.None;
        for (var i = 0; i < count; i++)
        {
            var decision = history.TryRecord(Now + (every * i), Limits);
            Assert.True(decision.Allowed);
            history = decision.History;
        }

        return history;
    }
}
