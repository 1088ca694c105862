using Npgsql;
using TwoStep.Infrastructure.Tests.Support;
using static TwoStep.Infrastructure.Tests.SignIn.SignInSteps;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Tests.SignIn;

[Collection(SharedCluster.Name)]
public sealed class AbuseLimitTests(ClusterFixture cluster)
{
    private const string WrongRecoveryCode = "zzzzz-zzzzz";

    [Fact]
    public async Task Twenty_failures_lock_verification_for_15_minutes_even_for_the_right_code()
    {
        var phone = TestPhones.NextMobile();
        await Enroll(cluster, "lock-user", phone);
        var code = await StartSignIn(cluster, "lock-user", phone);
        var user = cluster.User("lock-user");
        var caller = cluster.FreshCaller("lock-user");

        for (var i = 0; i < 19; i++)
        {
            var wrong = await user.CompleteSignIn(caller, null, WrongRecoveryCode);
            Assert.Equal(ErrorCode.InvalidCode, Refused(wrong).Code);
        }

        var twentieth = Refused(await user.CompleteSignIn(caller, null, WrongRecoveryCode));
        var right = Refused(await user.CompleteSignIn(caller, code, null));
        var start = Refused(await user.StartSignIn(caller));

        Assert.Equal(ErrorCode.TooManyAttempts, twentieth.Code);
        Assert.Equal(TimeSpan.FromMinutes(15), twentieth.RetryAfter);
        Assert.Equal(ErrorCode.TooManyAttempts, right.Code);
        Assert.Equal(ErrorCode.TooManyAttempts, start.Code);
    }

    [Fact]
    public async Task After_the_lock_a_new_code_works_and_a_repeat_lock_lasts_twice_as_long()
    {
        var phone = TestPhones.NextMobile();
        await Enroll(cluster, "relock-user", phone);
        var user = cluster.User("relock-user");
        await FailTimes(user, 20);

        cluster.Context.Time.Advance(TimeSpan.FromMinutes(15));
        await FailTimes(user, 19);
        var repeat = Refused(await user.CompleteSignIn(cluster.FreshCaller("relock-user"), null, WrongRecoveryCode));
        cluster.Context.Time.Advance(TimeSpan.FromMinutes(30));
        var code = await StartSignIn(cluster, "relock-user", phone);
        var success = await user.CompleteSignIn(cluster.FreshCaller("relock-user"), code, null);

        Assert.Equal(TimeSpan.FromMinutes(30), repeat.RetryAfter);
        Assert.Null(success.Refusal);
    }

    [Fact]
    public async Task Enrollment_and_sign_in_sends_count_together_at_most_one_per_30_seconds()
    {
        var phone = TestPhones.NextMobile();
        var user = cluster.User("gap-user");
        var caller = cluster.FreshCaller("gap-user");
        (await user.StartEnrollment(caller, phone)).Unwrap();
        (await user.ConfirmEnrollment(caller, CodeSentTo(cluster.Context.Sms, phone))).Unwrap();
        cluster.Context.Time.Advance(TimeSpan.FromSeconds(10));

        var tooSoon = Refused(await user.StartSignIn(cluster.FreshCaller("gap-user")));
        cluster.Context.Time.Advance(TimeSpan.FromSeconds(20));
        var onTime = await user.StartSignIn(cluster.FreshCaller("gap-user"));

        Assert.Equal(ErrorCode.RateLimited, tooSoon.Code);
        Assert.Equal(TimeSpan.FromSeconds(20), tooSoon.RetryAfter);
        Assert.Null(onTime.Refusal);
        Assert.Equal(2, cluster.Context.Sms.SentTo(phone).Count);
    }

    [Fact]
    public async Task A_user_gets_at_most_five_codes_an_hour()
    {
        var phone = TestPhones.NextMobile();
        await Enroll(cluster, "hourly-user", phone);
        var user = cluster.User("hourly-user");
        for (var i = 0; i < 4; i++)
        {
            (await user.StartSignIn(cluster.FreshCaller("hourly-user"))).Unwrap();
            cluster.Context.Time.Advance(SendGap);
        }

        var sixth = Refused(await user.StartSignIn(cluster.FreshCaller("hourly-user")));

        Assert.Equal(ErrorCode.RateLimited, sixth.Code);
        Assert.Equal(TimeSpan.FromHours(1) - (SendGap * 5), sixth.RetryAfter);
        Assert.Equal(5, cluster.Context.Sms.SentTo(phone).Count);
    }

    [Fact]
    public async Task A_number_gets_at_most_five_codes_an_hour_whoever_asks()
    {
        var phone = TestPhones.NextMobile();
        for (var i = 0; i < 5; i++)
        {
            var userId = $"number-user-{i}";
            (await cluster.User(userId).StartEnrollment(cluster.FreshCaller(userId), phone)).Unwrap();
            cluster.Context.Time.Advance(SendGap);
        }

        var sixth = await cluster.User("number-user-5").StartEnrollment(cluster.FreshCaller("number-user-5"), phone);

        Assert.Equal(ErrorCode.RateLimited, Refused(sixth).Code);
        Assert.Equal(5, cluster.Context.Sms.SentTo(phone).Count);
    }

    [Fact]
    public async Task A_second_user_cannot_send_to_a_number_within_30_seconds_of_the_first()
    {
        var phone = TestPhones.NextMobile();
        (await cluster.User("first-asker").StartEnrollment(cluster.FreshCaller("first-asker"), phone)).Unwrap();

        var second = await cluster.User("second-asker").StartEnrollment(cluster.FreshCaller("second-asker"), phone);

        Assert.Equal(ErrorCode.RateLimited, Refused(second).Code);
        Assert.Single(cluster.Context.Sms.SentTo(phone));
    }

    [Fact]
    public async Task The_per_number_record_never_holds_the_number()
    {
        var phone = TestPhones.NextMobile();

        (await cluster.User("keyed-user").StartEnrollment(cluster.FreshCaller("keyed-user"), phone)).Unwrap();

        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT grainidextensionstring, convert_from(payloadbinary, 'UTF8') FROM orleansstorage "
            + "WHERE graintypestring ILIKE '%phone%'",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            Assert.DoesNotContain(phone[1..], reader.GetString(0), StringComparison.Ordinal);
            Assert.DoesNotContain(phone[1..], reader.GetString(1), StringComparison.Ordinal);
        }

        Assert.NotEqual(0, rows);
    }

    private async Task FailTimes(TwoStep.Application.Users.IUserGrain user, int times)
    {
        var caller = cluster.FreshCaller(user.GetPrimaryKeyString());
        for (var i = 0; i < times; i++)
        {
            await user.CompleteSignIn(caller, null, WrongRecoveryCode);
        }
    }
}
