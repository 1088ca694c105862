using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using TwoStep.Application.Common;
using TwoStep.Application.Organizations;
using TwoStep.Application.Phones;
using TwoStep.Application.SignIn;
using TwoStep.Application.Sms;
using TwoStep.Application.Users;
using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Errors;
using TwoStep.Domain.Organizations;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;
using TwoStep.Domain.Phones;
using TwoStep.Infrastructure.Silo;

namespace TwoStep.Infrastructure.Users;

/// <summary>
/// One user's second factor. Every change is written before the grain answers, and a write
/// that lost the ETag race throws: Orleans then drops this activation and the next call re-reads.
/// The grain is not reentrant, so concurrent tries on one code are checked one after another.
/// </summary>
public sealed class UserGrain : Grain, IUserGrain
{
    private readonly IPersistentState<UserState> _state;
    private readonly PhoneNumberPolicy _phones;
    private readonly CodeHasher _hasher;
    private readonly VerificationSettings _settings;
    private readonly ISmsSender _sms;
    private readonly TimeProvider _time;
    private readonly ILogger<UserGrain> _logger;

    public UserGrain(
        [PersistentState("user", TwoStepStorage.Name)] IPersistentState<UserState> state,
        PhoneNumberPolicy phones,
        CodeHasher hasher,
        VerificationSettings settings,
        ISmsSender sms,
        TimeProvider time,
        ILogger<UserGrain> logger)
    {
        _state = state;
        _phones = phones;
        _hasher = hasher;
        _settings = settings;
        _sms = sms;
        _time = time;
        _logger = logger;
    }

    private string UserId => this.GetPrimaryKeyString();

    private AccountState Account => _state.State.Account;

    public async Task<Reply<EnrollmentStarted>> StartEnrollment(Caller caller, string phoneNumber)
    {
        EnsureOwner(caller);
        var now = _time.GetUtcNow();

        try
        {
            EnrollmentRules.EnsureMayChangeEnrollment(caller.SignIn, now, _settings);

            // On an enrolled account this is a change of number: the old number stays in force
            // until the new one is confirmed, and only a session that passed it may start one.
            ManagementRules.EnsureSecondStepPassed(Account, caller.PassedTwoStep);
            var number = _phones.Parse(phoneNumber);

            var expiresAt = await SendCode(caller, CodePurpose.Enrollment, number.E164, now);
            return Reply.Ok(new EnrollmentStarted(number.E164, expiresAt));
        }
        catch (RefusalException refusal)
        {
            return Refused<EnrollmentStarted>(refusal);
        }
    }

    public async Task<Reply<EnrollmentConfirmed>> ConfirmEnrollment(Caller caller, string code)
    {
        EnsureOwner(caller);
        var now = _time.GetUtcNow();

        try
        {
            EnrollmentRules.EnsureNotManagedBySso(caller.SignIn);
        }
        catch (RefusalException refusal)
        {
            return Refused<EnrollmentConfirmed>(refusal);
        }

        var pending = Account.Pending;
        var check = VerificationRules.VerifyCode(
            Account, UserId, CodePurpose.Enrollment, code, _hasher, now, _settings);
        if (!check.Accepted)
        {
            return await RefusedCheck<EnrollmentConfirmed>(caller, check);
        }

        var recoveryCodes = NewRecoveryCodes(out var recoveryHashes);
        var numberChanged = Account.Enrollment is { } before && before.PhoneNumber != pending!.PhoneNumber;
        var enrolled = EnrollmentRules.Enroll(check.State, pending!.PhoneNumber, now, recoveryHashes);
        await Save(caller, enrolled);
        var masked = PhoneNumber.Mask(pending.PhoneNumber);
        var organizations = GrainFactory.GetGrain<IUserOrganizationsGrain>(UserId);
        await organizations.StatusChanged(MemberStatus.Enrolled, masked, enrolled.Enrollment!.EnabledAt);
        if (numberChanged)
        {
            await organizations.PhoneChanged();
        }

        UserGrainLog.EnrollmentConfirmed(_logger, UserId, masked);
        return Reply.Ok(new EnrollmentConfirmed(recoveryCodes, Status(enrolled)));
    }

    public async Task<Reply<SignInStarted>> StartSignIn(Caller caller)
    {
        EnsureOwner(caller);
        var now = _time.GetUtcNow();

        try
        {
            var enrollment = SignInRules.EnsureEnrolled(Account);

            var expiresAt = await SendCode(caller, CodePurpose.SignIn, enrollment.PhoneNumber, now);
            return Reply.Ok(new SignInStarted(PhoneNumber.Mask(enrollment.PhoneNumber), expiresAt));
        }
        catch (RefusalException refusal)
        {
            return Refused<SignInStarted>(refusal);
        }
    }

    public async Task<Reply<SignInCompleted>> CompleteSignIn(Caller caller, string? code, string? recoveryCode)
    {
        EnsureOwner(caller);
        var now = _time.GetUtcNow();

        if ((code is null) == (recoveryCode is null))
        {
            return Refused<SignInCompleted>(new RefusalException(
                ErrorCode.BadUserInput,
                "Give either the code from the text message or a recovery code."));
        }

        var method = code is not null ? SecondStepMethod.Sms : SecondStepMethod.RecoveryCode;
        var check = code is not null
            ? SignInRules.CheckCode(Account, UserId, code, _hasher, now, _settings)
            : SignInRules.RedeemRecoveryCode(Account, UserId, recoveryCode!, _hasher, now, _settings);
        if (!check.Accepted)
        {
            return await RefusedCheck<SignInCompleted>(caller, check);
        }

        await Save(caller, check.State);

        UserGrainLog.SignInCompleted(_logger, UserId, method);
        return Reply.Ok(new SignInCompleted(method, now, check.State.RecoveryCodeHashes.Count));
    }

    public async Task<Reply<RecoveryCodesIssued>> RegenerateRecoveryCodes(Caller caller)
    {
        EnsureOwner(caller);

        AccountState next;
        IReadOnlyList<string> recoveryCodes;
        try
        {
            EnsureMayManage(caller);
            recoveryCodes = NewRecoveryCodes(out var recoveryHashes);
            next = ManagementRules.ReplaceRecoveryCodes(Account, recoveryHashes);
        }
        catch (RefusalException refusal)
        {
            return Refused<RecoveryCodesIssued>(refusal);
        }

        await Save(caller, next);

        UserGrainLog.RecoveryCodesReplaced(_logger, UserId);
        return Reply.Ok(new RecoveryCodesIssued(recoveryCodes, Status(next)));
    }

    public async Task<Reply<TwoStepStatus>> Disable(Caller caller)
    {
        EnsureOwner(caller);

        AccountState next;
        try
        {
            EnsureMayManage(caller);
            next = ManagementRules.Disable(Account);
        }
        catch (RefusalException refusal)
        {
            return Refused<TwoStepStatus>(refusal);
        }

        // REQUIRED_BY_ORGANIZATION, naming them, while any of the user's organizations requires it.
        var organizations = GrainFactory.GetGrain<IUserOrganizationsGrain>(UserId);
        if ((await organizations.EnsureMayDisableTwoStep()).Refusal is { } required)
        {
            return Refused<TwoStepStatus>(required.ToException());
        }

        await Save(caller, next);
        await organizations.StatusChanged(MemberStatus.NotEnrolled, null, null);

        UserGrainLog.TwoStepDisabled(_logger, UserId);
        return Reply.Ok(Status(next));
    }

    public Task<TwoStepStatus> GetStatus() => Task.FromResult(Status(Account));

    private static TwoStepStatus Status(AccountState account) => account.Enrollment is { } enrollment
        ? new TwoStepStatus(true, enrollment.PhoneNumber, enrollment.EnabledAt, account.RecoveryCodeHashes.Count)
        : TwoStepStatus.Disabled;

    private void EnsureMayManage(Caller caller)
    {
        SignInRules.EnsureEnrolled(Account);
        EnrollmentRules.EnsureMayChangeEnrollment(caller.SignIn, _time.GetUtcNow(), _settings);
        ManagementRules.EnsureSecondStepPassed(Account, caller.PassedTwoStep);
    }

    /// <summary>
    /// Sends a fresh code to <paramref name="e164"/> after the lock and both send limits (this
    /// user's and the number's) allow it; enrollment and sign-in sends count together.
    /// </summary>
    private async Task<DateTimeOffset> SendCode(Caller caller, CodePurpose purpose, string e164, DateTimeOffset now)
    {
        VerificationRules.EnsureNotLocked(Account, now);

        var userSends = Account.Sends.TryRecord(now, _settings.Sends);
        if (!userSends.Allowed)
        {
            throw userSends.ToException();
        }

        var code = OneTimeCode.Generate();
        var hash = _hasher.Hash(UserId, purpose, code);
        var before = Account;
        var counted = before with { Sends = userSends.History };
        var issued = EnrollmentRules.IssueCode(counted, purpose, e164, hash, now, _settings);
        await Save(caller, issued);

        // The number is asked only once this user's side is stored, so a write that lost the
        // ETag race costs the number nothing; a refusal puts the account back as it was.
        var number = GrainFactory.GetGrain<IPhoneNumberGrain>(_hasher.PhoneNumberKey(e164));
        if (await number.TryRecordSend() is { } numberRefusal)
        {
            await Save(caller, before);
            throw numberRefusal.ToException();
        }

        var masked = PhoneNumber.Mask(e164);
        try
        {
            await _sms.SendAsync(new SmsMessage(e164, CodeText(code)), CancellationToken.None);
        }
        catch (SmsDeliveryException exception)
        {
            // The send still counts: a provider failure must not become a way around the limits.
            UserGrainLog.CodeNotSent(_logger, purpose, UserId, masked, exception);
            await Save(caller, EnrollmentRules.VoidCode(Account));
            throw new RefusalException(
                ErrorCode.SmsDeliveryFailed,
                "The code could not be sent by SMS; try again in a moment.");
        }

        UserGrainLog.CodeSent(_logger, purpose, masked, UserId);
        return issued.Pending!.ExpiresAt;
    }

    private async Task<Reply<T>> RefusedCheck<T>(
        Caller caller,
        CodeCheck check,
        [CallerMemberName] string operation = "")
    {
        // A wrong try counts only once it is stored.
        if (!ReferenceEquals(check.State, Account))
        {
            var wasLocked = Account.Failures.LockedUntil;
            await Save(caller, check.State);
            if (check.State.Failures.LockedUntil is { } until && until != wasLocked)
            {
                UserGrainLog.VerificationLocked(_logger, UserId, until);
            }
        }

        return Refused<T>(check.ToException(), operation);
    }

    private IReadOnlyList<string> NewRecoveryCodes(out IReadOnlyList<string> hashes)
    {
        var codes = RecoveryCode.GenerateSet();
        hashes = codes
            .Select(c => _hasher.Hash(UserId, CodePurpose.Recovery, RecoveryCode.Normalize(c)))
            .ToArray();
        return codes;
    }

    private string CodeText(string code)
    {
        var minutes = Math.Max(1, (int)_settings.CodeLifetime.TotalMinutes);
        var unit = minutes == 1 ? "minute" : "minutes";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Your TwoStep code is {code}. It expires in {minutes} {unit}.");
    }

    private async Task Save(Caller caller, AccountState account)
    {
        var state = _state.State;
        var profileChanged = state.Email != caller.Email
            || state.Name != caller.Name
            || state.Provider != caller.Provider;
        state.Account = account;
        state.Email = caller.Email;
        state.Name = caller.Name;
        state.Provider = caller.Provider;
        await _state.WriteStateAsync();

        // The organizations show the name and email of the latest token.
        if (profileChanged)
        {
            await GrainFactory.GetGrain<IUserOrganizationsGrain>(UserId).ProfileSeen(MemberProfile.Of(caller));
        }
    }

    private Reply<T> Refused<T>(RefusalException refusal, [CallerMemberName] string operation = "")
    {
        UserGrainLog.Refused(_logger, operation, UserId, refusal.Code);
        return Reply.Refused<T>(refusal);
    }

    private void EnsureOwner(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);

        // The grain key decides whose state changes; a caller for someone else is a bug upstream.
        if (!string.Equals(caller.UserId, UserId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The caller is not the user this grain holds.", nameof(caller));
        }
    }
}
