using Microsoft.Extensions.Logging;
using Orleans.Storage;
using TwoStep.Application.Common;
using TwoStep.Application.Compliance;
using TwoStep.Application.Organizations;
using TwoStep.Domain.Errors;
using TwoStep.Domain.Organizations;
using TwoStep.Infrastructure.Silo;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Organizations;

/// <summary>
/// One organization. A change is written (with its audit entries and the user-side links it
/// needs) before anything else happens; links and audit entries are then delivered and retried
/// by a timer until they land, so a failure halfway is repaired rather than lost. Decisions read
/// <see cref="_committed"/>, the last state that was written, so they never see a change that
/// might still fail.
/// </summary>
public sealed class OrganizationGrain : Grain, IOrganizationGrain
{
    private const int MaxPageSize = 100;
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(5);

    private readonly IPersistentState<OrganizationState> _state;
    private readonly IAuditLog _audit;
    private readonly IComplianceRebuild _rebuild;
    private readonly TimeProvider _time;
    private readonly ILogger<OrganizationGrain> _logger;
    private Organization? _committed;
    private IGrainTimer? _retry;

    public OrganizationGrain(
        [PersistentState("organization", TwoStepStorage.Name)] IPersistentState<OrganizationState> state,
        IAuditLog audit,
        IComplianceRebuild rebuild,
        TimeProvider time,
        ILogger<OrganizationGrain> logger)
    {
        _state = state;
        _audit = audit;
        _rebuild = rebuild;
        _time = time;
        _logger = logger;
    }

    private string Id => this.GetPrimaryKeyString();

    private OrganizationState State => _state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _committed = State.Organization;
        ScheduleRetryIfNeeded();
        return Task.CompletedTask;
    }

    public async Task<Reply<OrganizationView>> Create(Actor actor, string name)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsProvisioning)
        {
            return Refused<OrganizationView>(actor, new RefusalException(
                ErrorCode.Forbidden,
                "A provisioning credential cannot create an organization: it would have no admin."));
        }

        if (State.Organization is not null)
        {
            return Refused<OrganizationView>(actor, new RefusalException(
                ErrorCode.Forbidden,
                "An organization with this id exists already."));
        }

        var caller = actor.Caller;
        var creator = new Member(
            caller.UserId, caller.Email, caller.Name, OrganizationRoles.None, MemberStatus.NotEnrolled);
        return await Change(actor, () => MembershipRules.Create(Id, name, creator), next =>
        {
            State.PendingLinks[caller.UserId] = true;
            Audit(actor, AuditActions.OrganizationCreated, null, next.Name, Snapshot(next, caller.UserId));
        });
    }

    public Task<Reply<OrganizationView>> Describe(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var organization = _committed;
        var visible = organization is not null
            && (actor.IsProvisioning || organization.Find(actor.Caller.UserId) is not null);
        return Task.FromResult(visible
            ? Reply.Ok(View(organization!))
            : Reply.Refused<OrganizationView>(NotFound()));
    }

    public async Task<Reply<OrganizationView>> AddMember(Actor actor, NewMember member)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(member);

        return await Change(
            actor,
            () => MembershipRules.AddMember(
                Existing(), actor.Session, member.UserId, member.Email, member.Name, member.Roles),
            next =>
            {
                // Linking again is harmless, and repairs a link a failure left behind.
                State.PendingLinks[member.UserId] = true;
                Audit(
                    actor,
                    AuditActions.MemberAdded,
                    member.UserId,
                    AuditDetails.Roles(next.Find(member.UserId)!.Roles),
                    Snapshot(next, member.UserId));
            });
    }

    public async Task<Reply<OrganizationView>> RemoveMember(Actor actor, string userId)
    {
        ArgumentNullException.ThrowIfNull(actor);

        return await Change(
            actor,
            () => MembershipRules.RemoveMember(Existing(), actor.Session, userId),
            _ =>
            {
                State.PendingLinks[userId] = false;
                Audit(actor, AuditActions.MemberRemoved, userId, null);
            });
    }

    public async Task<Reply<OrganizationView>> SetMemberRoles(Actor actor, string userId, OrganizationRoles roles)
    {
        ArgumentNullException.ThrowIfNull(actor);

        return await Change(
            actor,
            () => MembershipRules.SetRoles(Existing(), actor.Session, userId, roles),
            next => Audit(
                actor, AuditActions.MemberRolesChanged, userId, AuditDetails.Roles(roles), Snapshot(next, userId)));
    }

    public async Task<Reply<OrganizationView>> SetTwoStepRequirement(Actor actor, bool required)
    {
        ArgumentNullException.ThrowIfNull(actor);

        return await Change(
            actor,
            () => RequirementRules.SetRequirement(Existing(), actor.Session, required),
            _ => Audit(actor, AuditActions.RequirementChanged, null, AuditDetails.Requirement(required)));
    }

    public Task<Reply<RequirementImpact>> GetRequirementImpact(Actor actor, int first, string? after)
    {
        ArgumentNullException.ThrowIfNull(actor);

        try
        {
            var organization = Existing();
            MembershipRules.EnsureAdminAction(organization, actor.Session);
            var heldBack = RequirementRules.HeldBack(organization);
            var page = heldBack
                .Where(m => after is null || string.CompareOrdinal(m.UserId, after) > 0)
                .Take(PageSize(first) + 1)
                .ToList();
            var hasNext = page.Count > PageSize(first);
            var shown = page.Take(PageSize(first)).Select(MemberView.From).ToList();
            var adminEnrolled = organization.Find(actor.Caller.UserId)?.Status == MemberStatus.Enrolled;
            var impact = new RequirementImpact(
                heldBack.Count, shown, shown.LastOrDefault()?.UserId, hasNext, adminEnrolled);
            return Task.FromResult(Reply.Ok(impact));
        }
        catch (RefusalException refusal)
        {
            return Task.FromResult(Refused<RequirementImpact>(actor, refusal));
        }
    }

    public async Task<Reply<AuditPage>> GetAuditLog(Actor actor, int first, long? before)
    {
        ArgumentNullException.ThrowIfNull(actor);

        try
        {
            MembershipRules.EnsureAdminAction(Existing(), actor.Session);
        }
        catch (RefusalException refusal)
        {
            return Refused<AuditPage>(actor, refusal);
        }

        // Entries still waiting for the table go first, so an admin never misses a change.
        await FlushAudit();
        var page = await _audit.ReadAsync(Id, PageSize(first), before, CancellationToken.None);
        return Reply.Ok(page with { TotalCount = State.LastAuditSequence });
    }

    public Task<OrganizationAccess> Decide(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);

        NoticeProfile(actor);
        return Task.FromResult(OrganizationAccess.Of(AccessRules.Decide(_committed, actor.Session)));
    }

    public Task<OrganizationRequirement> GetRequirementFor(string userId)
    {
        var organization = _committed;
        var required = organization is { TwoStepRequired: true } && organization.Find(userId) is not null;
        return Task.FromResult(new OrganizationRequirement(Id, organization?.Name ?? string.Empty, required));
    }

    public Task<Reply<bool>> EnsureMayWatchEvents(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);

        // An unknown organization answers like a foreign one, so ids cannot be probed.
        var organization = _committed;
        if (organization is null)
        {
            return Task.FromResult(Refused<bool>(actor, new RefusalException(
                ErrorCode.Forbidden,
                "Only an admin of this organization may follow its events.")));
        }

        try
        {
            MembershipRules.EnsureAdminAction(organization, actor.Session);
            return Task.FromResult(Reply.Ok(true));
        }
        catch (RefusalException refusal)
        {
            return Task.FromResult(Refused<bool>(actor, refusal));
        }
    }

    public Task<Reply<bool>> EnsureMayReadCompliance(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var organization = _committed;
        var visible = organization is not null
            && (actor.IsProvisioning || organization.Find(actor.Caller.UserId) is not null);
        if (!visible)
        {
            return Task.FromResult(Refused<bool>(actor, NotFound()));
        }

        try
        {
            MembershipRules.EnsureAdminAction(organization!, actor.Session);
            return Task.FromResult(Reply.Ok(true));
        }
        catch (RefusalException refusal)
        {
            return Task.FromResult(Refused<bool>(actor, refusal));
        }
    }

    public async Task<Reply<int>> RebuildReadModel()
    {
        if (_committed is null)
        {
            return Reply.Refused<int>(new RefusalException(ErrorCode.NotFound, $"No organization has the id {Id}."));
        }

        // Entries still in the outbox go first; one left there re-applies its snapshot later,
        // which the rebuilt rows absorb without a change.
        await FlushAudit();
        ScheduleRetryIfNeeded();

        var members = _committed.Members.Values.Select(MemberView.From).ToList();
        await _rebuild.RebuildAsync(Id, members, CancellationToken.None);
        return Reply.Ok(members.Count);
    }

    public async Task MemberChanged(string userId, MemberReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        if (!Apply(userId, report))
        {
            return;
        }

        await Save();

        await FlushAudit();
    }

    public async Task MemberPhoneChanged(string userId, string? maskedPhoneNumber, DateTimeOffset? enabledAt)
    {
        if (State.Organization?.Find(userId) is null)
        {
            return;
        }

        State.Organization = MembershipRules.ChangePhoneNumber(
            State.Organization, userId, maskedPhoneNumber, enabledAt);
        Audit(
            userId,
            null,
            AuditActions.MemberPhoneChanged,
            userId,
            null,
            Snapshot(State.Organization, userId));
        await Save();

        await FlushAudit();
        ScheduleRetryIfNeeded();
    }

    private async Task<Reply<OrganizationView>> Change(
        Actor actor,
        Func<Organization> rule,
        Action<Organization> record)
    {
        Organization next;
        try
        {
            next = rule();
        }
        catch (RefusalException refusal)
        {
            return Refused<OrganizationView>(actor, refusal);
        }

        State.Organization = next;
        record(next);
        await Save();

        await DeliverLinks();
        await FlushAudit();
        ScheduleRetryIfNeeded();
        return Reply.Ok(View(State.Organization!));
    }

    private async Task DeliverLinks()
    {
        var changed = false;
        foreach (var (userId, join) in State.PendingLinks.ToList())
        {
            var user = GrainFactory.GetGrain<IUserOrganizationsGrain>(userId);
            try
            {
                if (join)
                {
                    // A member who joins with two-step already on (or managed by SSO, or known by
                    // another name) changes here, and that change is logged like any other.
                    Apply(userId, await user.Join(Id));
                }
                else
                {
                    await user.Leave(Id);
                }
            }
            catch (Exception exception) when (exception is not InconsistentStateException)
            {
                OrganizationLog.LinkFailed(_logger, Id, userId, exception);
                continue;
            }

            State.PendingLinks.Remove(userId);
            changed = true;
        }

        if (changed)
        {
            await Save();
        }
    }

    /// <summary>Applies what a member's account reports, logged; false when nothing changed.</summary>
    private bool Apply(string userId, MemberReport report)
    {
        var organization = State.Organization;
        if (organization?.Find(userId) is not { } member)
        {
            return false;
        }

        var next = MembershipRules.Report(
            organization,
            userId,
            report.Status,
            report.MaskedPhoneNumber,
            report.EnabledAt,
            report.Email,
            report.Name);
        if (ReferenceEquals(next, organization))
        {
            return false;
        }

        State.Organization = next;
        var statusChanged = member.Status != report.Status;
        Audit(
            userId,
            null,
            statusChanged ? AuditActions.MemberEnrollmentChanged : AuditActions.MemberProfileChanged,
            userId,
            statusChanged ? AuditDetails.Status(report.Status) : null,
            Snapshot(next, userId));
        return true;
    }

    /// <summary>
    /// Asks the member's account to pass on a name, email or SSO sign-in that this token shows and
    /// the organization does not have yet. Not awaited: the decision does not wait for it.
    /// </summary>
    private void NoticeProfile(Actor actor)
    {
        if (actor.IsProvisioning || _committed?.Find(actor.Caller.UserId) is not { } member)
        {
            return;
        }

        var profile = MemberProfile.Of(actor.Caller);
        var stale = (profile.Email is not null && profile.Email != member.Email)
            || (profile.Name is not null && profile.Name != member.Name)
            || (member.Status != MemberStatus.Enrolled
                && profile.ManagedBySso != (member.Status == MemberStatus.SsoManaged));
        if (stale)
        {
            GrainFactory.GetGrain<IUserOrganizationsGrain>(member.UserId).ProfileSeen(profile).Ignore();
        }
    }

    private async Task FlushAudit()
    {
        var pending = State.PendingAudit;
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            await _audit.AppendAsync(Id, pending.ToList(), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not InconsistentStateException)
        {
            OrganizationLog.AuditFailed(_logger, Id, pending.Count, exception);
            return;
        }

        // Cleared in memory now, in storage with the next write; appending again is a no-op.
        pending.Clear();
    }

    private async Task Save()
    {
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            // Memory is now ahead of storage. Start again from what was stored rather than let the
            // next change carry one whose caller was told it failed.
            DeactivateOnIdle();
            throw;
        }

        _committed = State.Organization;
    }

    private void ScheduleRetryIfNeeded()
    {
        var needed = State.PendingLinks.Count > 0 || State.PendingAudit.Count > 0;
        if (needed && _retry is null)
        {
            _retry = this.RegisterGrainTimer(Retry, RetryPeriod, RetryPeriod);
        }
        else if (!needed && _retry is not null)
        {
            _retry.Dispose();
            _retry = null;
        }
    }

    private async Task Retry(CancellationToken cancellationToken)
    {
        await DeliverLinks();
        await FlushAudit();
        ScheduleRetryIfNeeded();
    }

    private void Audit(
        Actor actor,
        string action,
        string? subjectId,
        string? detail,
        MemberView? member = null) =>
        Audit(actor.Caller.UserId, actor.Credential, action, subjectId, detail, member);

    private void Audit(
        string actorId,
        ActorCredential? credential,
        string action,
        string? subjectId,
        string? detail,
        MemberView? member = null)
    {
        State.LastAuditSequence++;
        State.PendingAudit.Add(new AuditEntry(
            State.LastAuditSequence, _time.GetUtcNow(), actorId, action, subjectId, detail, credential, member));
        OrganizationLog.Changed(_logger, Id, action, actorId, subjectId);
    }

    private static MemberView? Snapshot(Organization organization, string userId) =>
        organization.Find(userId) is { } member ? MemberView.From(member) : null;

    private Organization Existing() => State.Organization ?? throw NotFound();

    private Reply<T> Refused<T>(Actor actor, RefusalException refusal)
    {
        OrganizationLog.Refused(_logger, Id, actor.Caller.UserId, refusal.Code);
        return Reply.Refused<T>(refusal);
    }

    private static RefusalException NotFound() =>
        new(ErrorCode.NotFound, "No such organization, or you are not a member of it.");

    private static OrganizationView View(Organization organization) =>
        new(organization.Id, organization.Name, organization.TwoStepRequired, organization.Members.Count);

    private static int PageSize(int first) => Math.Clamp(first, 1, MaxPageSize);
}
