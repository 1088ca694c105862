using TwoStep.Application.Common;
using TwoStep.Application.Users;
using TwoStep.Domain.Identity;
using TwoStep.Infrastructure.Tests.Support;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Tests.Users;

[Collection(SharedCluster.Name)]
public sealed class UserGrainTests(ClusterFixture fixture)
{
    // xUnit makes an instance per test: every test has numbers of its own.
    private string Mobile { get; } = TestPhones.NextMobile();
    private string OtherMobile { get; } = TestPhones.NextMobile();

    private RecordingSmsSender Sms => fixture.Context.Sms;

    private DateTimeOffset Now => fixture.Context.Time.GetUtcNow();

    [Fact]
    public async Task The_code_from_the_SMS_turns_two_step_on_with_ten_recovery_codes()
    {
        var (user, caller) = NewUser();

        var started = (await user.StartEnrollment(caller, $"+44 7400 {Mobile[^6..]}")).Unwrap();
        var message = Sms.SentTo(Mobile)[^1];
        var confirmed = (await user.ConfirmEnrollment(caller, SmsCodes.Of(message))).Unwrap();

        Assert.Equal(Mobile, started.PhoneNumber);
        Assert.Equal(Now.AddMinutes(10), started.ExpiresAt);
        Assert.Matches(@"^Your TwoStep code is \d{6}\. It expires in 10 minutes\.$", message.Text);
        Assert.Equal(10, confirmed.RecoveryCodes.Distinct().Count());
        var status = await user.GetStatus();
        Assert.Equal(new TwoStepStatus(true, Mobile, Now, 10), status);
        Assert.Equal(status, confirmed.TwoStep);
    }

    [Fact]
    public async Task A_user_managed_by_SSO_cannot_start_or_confirm()
    {
        var (user, caller) = NewUser(IdentityProvider.Sso);

        var started = await user.StartEnrollment(caller, Mobile);
        var confirmed = await user.ConfirmEnrollment(caller, "123456");

        Assert.Equal(ErrorCode.SsoManaged, started.Refusal?.Code);
        Assert.Equal(ErrorCode.SsoManaged, confirmed.Refusal?.Code);
        Assert.Contains("SSO", started.Refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_older_than_five_minutes_must_be_repeated_and_nothing_is_sent()
    {
        var (user, caller) = NewUser();
        var stale = caller with { AuthenticatedAt = Now.AddMinutes(-6) };
        var sentBefore = Sms.Attempted.Count;

        var reply = await user.StartEnrollment(stale, Mobile);

        Assert.Equal(ErrorCode.ReauthenticationRequired, reply.Refusal?.Code);
        Assert.Equal(sentBefore, Sms.Attempted.Count);
    }

    [Theory]
    [InlineData("07400 123456", ErrorCode.InvalidPhoneNumber)]
    [InlineData("+44 12", ErrorCode.InvalidPhoneNumber)]
    [InlineData("+33 6 12 34 56 78", ErrorCode.PhoneNumberNotAllowed)]
    [InlineData("+44 121 234 5678", ErrorCode.PhoneNumberNotAllowed)]
    public async Task A_refused_number_gets_its_error_code_and_no_SMS(string input, ErrorCode expected)
    {
        var (user, caller) = NewUser();
        var sentBefore = Sms.Attempted.Count;

        var reply = await user.StartEnrollment(caller, input);

        Assert.Equal(expected, reply.Refusal?.Code);
        Assert.Equal(sentBefore, Sms.Attempted.Count);
        Assert.False((await user.GetStatus()).Enabled);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_two_step_stays_off()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);

        var reply = await user.ConfirmEnrollment(caller, WrongCode(SmsCodes.LastTo(Sms, Mobile)));

        Assert.Equal(ErrorCode.InvalidCode, reply.Refusal?.Code);
        Assert.False((await user.GetStatus()).Enabled);
    }

    [Fact]
    public async Task Five_wrong_codes_kill_the_code_even_for_the_right_one_afterwards()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);
        var code = SmsCodes.LastTo(Sms, Mobile);

        var refusals = new List<ErrorCode?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            refusals.Add((await user.ConfirmEnrollment(caller, WrongCode(code))).Refusal?.Code);
        }

        var right = await user.ConfirmEnrollment(caller, code);

        Assert.Equal(Enumerable.Repeat<ErrorCode?>(ErrorCode.InvalidCode, 4), refusals.Take(4));
        Assert.Equal(ErrorCode.TooManyAttempts, refusals[4]);
        Assert.Equal(ErrorCode.TooManyAttempts, right.Refusal?.Code);
    }

    [Fact]
    public async Task Each_wrong_try_is_stored_before_the_refusal_is_returned()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);
        var code = SmsCodes.LastTo(Sms, Mobile);

        await user.ConfirmEnrollment(caller, WrongCode(code));
        var afterOne = await StoredPayload(caller.UserId);
        await user.ConfirmEnrollment(caller, WrongCode(code));
        var afterTwo = await StoredPayload(caller.UserId);

        Assert.Contains("\"failedAttempts\":1", afterOne, StringComparison.Ordinal);
        Assert.Contains("\"failedAttempts\":2", afterTwo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);
        var code = SmsCodes.LastTo(Sms, Mobile);

        fixture.Context.Time.Advance(TimeSpan.FromMinutes(10));
        var reply = await user.ConfirmEnrollment(caller, code);

        Assert.Equal(ErrorCode.CodeExpired, reply.Refusal?.Code);
    }

    [Fact]
    public async Task A_code_still_works_just_before_ten_minutes()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);
        var code = SmsCodes.LastTo(Sms, Mobile);

        fixture.Context.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var reply = await user.ConfirmEnrollment(caller, code);

        Assert.Null(reply.Refusal);
    }

    [Fact]
    public async Task A_new_code_voids_the_old_one()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);
        var first = SmsCodes.LastTo(Sms, Mobile);
        fixture.Context.Time.Advance(TimeSpan.FromSeconds(30));
        await user.StartEnrollment(caller, OtherMobile);
        var second = SmsCodes.LastTo(Sms, OtherMobile);

        var old = await user.ConfirmEnrollment(caller, first);
        var current = await user.ConfirmEnrollment(caller, second);

        Assert.Equal(ErrorCode.InvalidCode, old.Refusal?.Code);
        Assert.Null(current.Refusal);
        Assert.Equal(OtherMobile, (await user.GetStatus()).PhoneNumber);
    }

    [Fact]
    public async Task A_code_whose_SMS_failed_is_void()
    {
        const string unreachable = "+447400999888";
        Sms.FailingNumbers[unreachable] = true;
        var (user, caller) = NewUser();

        var started = await user.StartEnrollment(caller, unreachable);
        var attempted = Sms.Attempted.Last(m => m.To == unreachable);
        var confirmed = await user.ConfirmEnrollment(caller, SmsCodes.Of(attempted));

        Assert.Equal(ErrorCode.SmsDeliveryFailed, started.Refusal?.Code);
        Assert.Equal(ErrorCode.InvalidCode, confirmed.Refusal?.Code);
        Assert.False((await user.GetStatus()).Enabled);
    }

    [Fact]
    public async Task The_stored_state_holds_neither_the_code_nor_the_recovery_codes()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);
        var code = SmsCodes.LastTo(Sms, Mobile);
        var pending = await StoredPayload(caller.UserId);

        var confirmed = (await user.ConfirmEnrollment(caller, code)).Unwrap();
        var enrolled = await StoredPayload(caller.UserId);

        Assert.Contains("\"codeHash\"", pending, StringComparison.Ordinal);
        Assert.DoesNotContain(code, pending, StringComparison.Ordinal);
        Assert.DoesNotContain(code, enrolled, StringComparison.Ordinal);
        foreach (var recoveryCode in confirmed.RecoveryCodes)
        {
            Assert.DoesNotContain(recoveryCode, enrolled, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(recoveryCode.Replace("-", "", StringComparison.Ordinal), enrolled,
                StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_stored_state_is_plain_JSON_without_dotnet_type_names()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);

        var payload = await StoredPayload(caller.UserId);

        Assert.StartsWith("{\"account\":{", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("TwoStep.", payload, StringComparison.Ordinal);
        Assert.Contains("\"purpose\":\"Enrollment\"", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_name_the_user_and_a_masked_number_but_never_the_number_or_codes()
    {
        var (user, caller) = NewUser();
        await user.StartEnrollment(caller, Mobile);
        var code = SmsCodes.LastTo(Sms, Mobile);
        var confirmed = (await user.ConfirmEnrollment(caller, code)).Unwrap();

        var logs = fixture.Context.Logs.Messages.Where(m => m.Contains(caller.UserId, StringComparison.Ordinal))
            .ToList();

        Assert.Contains(logs, m => m.Contains($"+44 ••• ••• {Mobile[^4..]}", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, m => m.Contains(Mobile, StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Context.Logs.Messages, m => m.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain(
            fixture.Context.Logs.Messages,
            m => confirmed.RecoveryCodes.Any(r => m.Contains(r, StringComparison.Ordinal)));
    }

    private (IUserGrain User, Caller Caller) NewUser(IdentityProvider provider = IdentityProvider.Password)
    {
        var id = $"user-{Guid.NewGuid():N}";
        var caller = new Caller(id, $"{id}@example.com", "Test User", provider, Now);
        return (fixture.Grains.GetGrain<IUserGrain>(id), caller);
    }

    private Task<string> StoredPayload(string userId) => fixture.StoredPayloadAsync(userId);

    private static string WrongCode(string code) =>
        code == "000000" ? "000001" : "000000";
}
