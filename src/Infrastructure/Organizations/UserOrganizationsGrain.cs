using Microsoft.Extensions.Logging;
using Orleans.Storage;
using TwoStep.Application.Common;
using TwoStep.Application.Organizations;
using TwoStep.Domain.Errors;
using TwoStep.Domain.Organizations;
using TwoStep.Infrastructure.Silo;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// The user's side of memberships. Kept apart from the <c>User</c> grain's state so membership
/// writes never race enrollment writes for one ETag. Joins and leaves interleave with a status
/// change that is busy telling organizations (an organization may be waiting on a join at that
/// moment), so writes here go one at a time through <see cref="_writes"/>.
/// </summary>
public sealed class UserOrganizationsGrain : Grain, IUserOrganizationsGrain, IDisposable
{
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(5);

    private readonly IPersistentState<UserOrganizationsState> _state;
    private readonly ILogger<UserOrganizationsGrain> _logger;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private IGrainTimer? _retry;
    private bool _unsaved;

    public UserOrganizationsGrain(
        [PersistentState("memberships", TwoStepStorage.Name)] IPersistentState<UserOrganizationsState> state,
        ILogger<UserOrganizationsGrain> logger)
    {
        _state = state;
        _logger = logger;
    }

    private string UserId => this.GetPrimaryKeyString();

    private UserOrganizationsState State => _state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!State.StatusPublished || State.PhoneChangeUnpublished.Count > 0)
        {
            _retry = this.RegisterGrainTimer(RetryPublish, RetryPeriod, RetryPeriod);
        }

        return Task.CompletedTask;
    }

    public async Task<MemberReport> Join(string organizationId)
    {
        await Write(() => State.Organizations.Add(organizationId));
        return Report();
    }

    public Task Leave(string organizationId) => Write(() => State.Organizations.Remove(organizationId));

    public Task<IReadOnlyList<string>> GetOrganizations() =>
        Task.FromResult<IReadOnlyList<string>>(Sorted());

    public async Task StatusChanged(MemberStatus status, string? maskedPhoneNumber, DateTimeOffset? enabledAt)
    {
        await Write(() =>
        {
            // A new number of an enrolled account reaches the organizations through PhoneChanged, with
            // its enrollment time; a new time alone (the same number confirmed again) goes from here.
            var changed = State.Status != status;
            var numberChanged = State.MaskedPhoneNumber != maskedPhoneNumber;
            var timeChanged = State.EnabledAt != enabledAt;
            var renewed = timeChanged && !numberChanged;
            State.Status = status;
            State.MaskedPhoneNumber = maskedPhoneNumber;
            State.EnabledAt = enabledAt;
            State.StatusPublished &= !(changed || renewed);
            return changed || numberChanged || timeChanged;
        });

        await Publish();
    }

    public async Task ProfileSeen(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);

        await Write(() =>
        {
            var changed = State.Profile != profile;
            State.Profile = profile;
            State.StatusPublished &= !changed;
            return changed;
        });

        await Publish();
    }

    public async Task PhoneChanged()
    {
        await Write(() =>
        {
            State.PhoneChangeUnpublished.UnionWith(State.Organizations);
            return State.Organizations.Count > 0;
        });

        await Publish();
    }

    public async Task<Reply<bool>> EnsureMayDisableTwoStep()
    {
        var requirements = await Task.WhenAll(Sorted().Select(id =>
            GrainFactory.GetGrain<IOrganizationGrain>(id).GetRequirementFor(UserId)));
        var names = requirements.Where(r => r.Required).Select(r => r.Name).ToList();
        if (names.Count == 0)
        {
            return Reply.Ok(true);
        }

        return Reply.Refused<bool>(new RefusalException(
            ErrorCode.RequiredByOrganization,
            $"Two-step is required by {string.Join(", ", names)}; it stays on while you are a member."));
    }

    public void Dispose() => _writes.Dispose();

    private async Task Publish()
    {
        var failed = !await PublishPhoneChange();
        if (State.StatusPublished)
        {
            StopRetryUnless(failed);
            return;
        }

        var report = Report();
        foreach (var organizationId in Sorted())
        {
            try
            {
                await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).MemberChanged(UserId, report);
            }
            catch (Exception exception) when (exception is not InconsistentStateException)
            {
                OrganizationLog.StatusNotPublished(_logger, UserId, organizationId, exception);
                failed = true;
            }
        }

        if (failed || report != Report())
        {
            _retry ??= this.RegisterGrainTimer(RetryPublish, RetryPeriod, RetryPeriod);
            return;
        }

        await Write(() => !State.StatusPublished && (State.StatusPublished = true));
        StopRetryUnless(false);
    }

    /// <summary>Tells each organization still waiting for it of a number change; false when one failed.</summary>
    private async Task<bool> PublishPhoneChange()
    {
        var told = new List<string>();
        var failed = false;
        foreach (var organizationId in State.PhoneChangeUnpublished.Order(StringComparer.Ordinal).ToList())
        {
            try
            {
                var organization = GrainFactory.GetGrain<IOrganizationGrain>(organizationId);
                await organization.MemberPhoneChanged(UserId, State.MaskedPhoneNumber, State.EnabledAt);
                told.Add(organizationId);
            }
            catch (Exception exception) when (exception is not InconsistentStateException)
            {
                OrganizationLog.StatusNotPublished(_logger, UserId, organizationId, exception);
                failed = true;
            }
        }

        if (told.Count > 0)
        {
            await Write(() =>
            {
                State.PhoneChangeUnpublished.ExceptWith(told);
                return true;
            });
        }

        return !failed;
    }

    private void StopRetryUnless(bool failed)
    {
        if (failed)
        {
            _retry ??= this.RegisterGrainTimer(RetryPublish, RetryPeriod, RetryPeriod);
            return;
        }

        _retry?.Dispose();
        _retry = null;
    }

    private Task RetryPublish(CancellationToken cancellationToken) => Publish();

    private async Task Write(Func<bool> change)
    {
        await _writes.WaitAsync();
        try
        {
            // A write that failed leaves memory ahead of storage, and a retry of the same change then
            // changes nothing in memory: it must still be written.
            if (change() | _unsaved)
            {
                _unsaved = true;
                await _state.WriteStateAsync();
                _unsaved = false;
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>
    /// What the organizations are told. An enrolled account is enrolled whatever signed it in (access
    /// rules read that); otherwise an SSO sign-in as the latest token makes it SSO-managed.
    /// </summary>
    private MemberReport Report() => new(
        State.Status != MemberStatus.Enrolled && State.Profile is { ManagedBySso: true }
            ? MemberStatus.SsoManaged
            : State.Status,
        State.MaskedPhoneNumber,
        State.Profile?.Email,
        State.Profile?.Name,
        State.Status == MemberStatus.Enrolled ? State.EnabledAt : null);

    private List<string> Sorted() => State.Organizations.Order(StringComparer.Ordinal).ToList();
}
