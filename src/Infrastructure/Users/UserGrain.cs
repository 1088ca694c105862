using System.Globalization;
using Microsoft.Extensions.Logging;
using TwoStep.Application.Common;
using TwoStep.Application.Organizations;
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

        PhoneNumber number;
        try
        {
            EnrollmentRules.EnsureMayChangeEnrollment(caller.SignIn, now, _settings);
            number = _phones.Parse(phoneNumber);
        }
        catch (RefusalException refusal)
        {
            return Refused<EnrollmentStarted>(refusal);
        }

        var code = OneTimeCode.Generate();
        var hash = _hasher.Hash(UserId, CodePurpose.Enrollment, code);
        var issued = EnrollmentRules.IssueCode(Account, CodePurpose.Enrollment, number.E164, hash, now, _settings);
        await Save(caller, issued);

        try
        {
            await _sms.SendAsync(new SmsMessage(number.E164, CodeText(code)), CancellationToken.None);
        }
        catch (SmsDeliveryException exception)
        {
            UserGrainLog.EnrollmentCodeNotSent(_logger, UserId, number.Masked, exception);
            await Save(caller, EnrollmentRules.VoidCode(Account));
            return Refused<EnrollmentStarted>(new RefusalException(
                ErrorCode.SmsDeliveryFailed,
                "The code could not be sent by SMS; try again in a moment."));
        }

        UserGrainLog.EnrollmentCodeSent(_logger, UserId, number.Masked);
        return Reply.Ok(new EnrollmentStarted(number.E164, issued.Pending!.ExpiresAt));
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
        var check = EnrollmentRules.CheckCode(Account, UserId, CodePurpose.Enrollment, code, _hasher, now, _settings);
        if (!check.Accepted)
        {
            // A wrong try counts only once it is stored.
            if (!ReferenceEquals(check.State, Account))
            {
                await Save(caller, check.State);
            }

            return Refused<EnrollmentConfirmed>(check.ToException());
        }

        var recoveryCodes = RecoveryCode.GenerateSet();
        var recoveryHashes = recoveryCodes
            .Select(c => _hasher.Hash(UserId, CodePurpose.Recovery, RecoveryCode.Normalize(c)))
            .ToArray();
        var enrolled = EnrollmentRules.Enroll(check.State, pending!.PhoneNumber, now, recoveryHashes);
        await Save(caller, enrolled);
        await GrainFactory.GetGrain<IUserOrganizationsGrain>(UserId).StatusChanged(MemberStatus.Enrolled);

        var masked = PhoneNumber.Mask(pending.PhoneNumber);
        UserGrainLog.EnrollmentConfirmed(_logger, UserId, masked);
        return Reply.Ok(new EnrollmentConfirmed(recoveryCodes, Status(enrolled)));
    }

    public Task<TwoStepStatus> GetStatus() => Task.FromResult(Status(Account));

    private static TwoStepStatus Status(AccountState account) => account.Enrollment is { } enrollment
        ? new TwoStepStatus(true, enrollment.PhoneNumber, enrollment.EnabledAt, account.RecoveryCodeHashes.Count)
        : TwoStepStatus.Disabled;

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
        state.Account = account;
        state.Email = caller.Email;
        state.Name = caller.Name;
        state.Provider = caller.Provider;
        await _state.WriteStateAsync();
    }

    private Reply<T> Refused<T>(RefusalException refusal)
    {
        UserGrainLog.EnrollmentRefused(_logger, UserId, refusal.Code);
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
