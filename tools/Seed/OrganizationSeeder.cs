using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using TwoStep.Application.Compliance;
using TwoStep.Application.Organizations;
using TwoStep.Application.Users;
using TwoStep.Domain.Accounts;
using TwoStep.Domain.Codes;
using TwoStep.Domain.Identity;
using TwoStep.Domain.Organizations;
using TwoStep.Domain.Phones;
using TwoStep.Infrastructure.Organizations;
using TwoStep.Infrastructure.Silo;
using TwoStep.Infrastructure.Users;

namespace TwoStep.Seed;

/// <summary>
/// Writes what the API would leave behind after an owner created an organization and added every
/// member who had signed in (enrolling, or through SSO) before: the audit entries in one COPY, the
/// grain states through the silo's own grain storage, then the read model and its counters by the
/// rebuild the operators use. The seeded past raises no integrator events.
/// </summary>
public sealed class OrganizationSeeder(IServiceProvider services)
{
    private const int Parallelism = 16;

    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(TwoStepStorage.Name);
    private readonly IGrainFactory _grains = services.GetRequiredService<IGrainFactory>();
    private readonly AuditLogImport _import = services.GetRequiredService<AuditLogImport>();
    private readonly IComplianceRebuild _rebuild = services.GetRequiredService<IComplianceRebuild>();
    private readonly CodeHasher _hasher = services.GetRequiredService<CodeHasher>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();

    /// <summary>Seeds the organization; <paramref name="progress"/> hears of every member written.</summary>
    public async Task SeedAsync(
        SeedOrganization organization,
        IProgress<int> progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(progress);

        var now = _time.GetUtcNow();
        var entries = AuditEntries(organization, now);
        await _import.ImportAsync(organization.Id, entries, cancellationToken);

        var state = OrganizationState(organization, entries.Count, now);
        await WriteAsync<IOrganizationGrain, OrganizationState>("organization", organization.Id, state);
        await WriteAsync<IUserOrganizationsGrain, UserOrganizationsState>(
            "memberships", organization.OwnerId, Memberships(organization, Owner(organization), now));
        await Parallel.ForEachAsync(
            organization.Members,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (member, _) =>
            {
                await WriteAsync<IUserOrganizationsGrain, UserOrganizationsState>(
                    "memberships", member.UserId, Memberships(organization, member, now));
                if (member.PhoneNumber is { } phone)
                {
                    await WriteAsync<IUserGrain, UserState>("user", member.UserId, Account(member, phone, now));
                }

                progress.Report(1);
            });

        // The rows and counters the projection would have written, from the state just stored
        // and the audit entries' times.
        var members = state.Organization!.Members.Values.Select(MemberView.From).ToList();
        await _rebuild.RebuildAsync(organization.Id, members, cancellationToken);
    }

    /// <summary>
    /// The owner as the seeded organization holds them: both admin roles, not enrolled, named as a
    /// token of tools/MintToken or of the tests names them by default.
    /// </summary>
    public static SeedMember Owner(SeedOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new SeedMember(
            organization.OwnerId, "User " + organization.OwnerId, organization.OwnerId + "@example.com",
            MemberStatus.NotEnrolled, null);
    }

    private static List<AuditEntry> AuditEntries(SeedOrganization organization, DateTimeOffset now)
    {
        var owner = Owner(organization);
        var entries = new List<AuditEntry>(organization.Members.Count * 2 + 1);
        var credential = ActorCredential.UserToken;
        entries.Add(new AuditEntry(
            1, now, owner.UserId, AuditActions.OrganizationCreated, null, organization.Name, credential,
            View(owner, OrganizationRoles.Admin, MemberStatus.NotEnrolled, now)));
        foreach (var member in organization.Members)
        {
            // As AddMember writes it, then as the join learns the account's status.
            entries.Add(new AuditEntry(
                entries.Count + 1, now, owner.UserId, AuditActions.MemberAdded, member.UserId,
                AuditDetails.Roles(OrganizationRoles.None), credential,
                View(member, OrganizationRoles.None, MemberStatus.NotEnrolled, now)));
            if (member.Status != MemberStatus.NotEnrolled)
            {
                entries.Add(new AuditEntry(
                    entries.Count + 1, now, member.UserId, AuditActions.MemberEnrollmentChanged, member.UserId,
                    AuditDetails.Status(member.Status), null,
                    View(member, OrganizationRoles.None, member.Status, now)));
            }
        }

        return entries;
    }

    private static MemberView View(
        SeedMember member,
        OrganizationRoles roles,
        MemberStatus status,
        DateTimeOffset now) =>
        new(member.UserId, member.Email, member.Name, roles, status, Masked(member, status), EnabledAt(status, now));

    private static string? Masked(SeedMember member, MemberStatus status) =>
        status == MemberStatus.Enrolled && member.PhoneNumber is { } phone ? PhoneNumber.Mask(phone) : null;

    /// <summary>When the account enrolled: the accounts are seeded enrolled now.</summary>
    private static DateTimeOffset? EnabledAt(MemberStatus status, DateTimeOffset now) =>
        status == MemberStatus.Enrolled ? now : null;

    private static OrganizationState OrganizationState(
        SeedOrganization organization,
        int auditCount,
        DateTimeOffset now)
    {
        var owner = Owner(organization);
        var members = ImmutableDictionary.CreateBuilder<string, Member>();
        members.Add(owner.UserId, new Member(
            owner.UserId, owner.Email, owner.Name, OrganizationRoles.Admin, MemberStatus.NotEnrolled));
        foreach (var member in organization.Members)
        {
            members[member.UserId] = new Member(
                member.UserId, member.Email, member.Name, OrganizationRoles.None, member.Status,
                Masked(member, member.Status), EnabledAt(member.Status, now));
        }

        return new OrganizationState
        {
            Organization = new Organization(organization.Id, organization.Name, false, members.ToImmutable()),
            LastAuditSequence = auditCount,
        };
    }

    private static UserOrganizationsState Memberships(
        SeedOrganization organization,
        SeedMember member,
        DateTimeOffset now)
    {
        var state = new UserOrganizationsState
        {
            Status = member.Status == MemberStatus.Enrolled ? MemberStatus.Enrolled : MemberStatus.NotEnrolled,
            MaskedPhoneNumber = Masked(member, member.Status),
            EnabledAt = EnabledAt(member.Status, now),
            Profile = new MemberProfile(member.Email, member.Name, member.Status == MemberStatus.SsoManaged),
        };
        state.Organizations.Add(organization.Id);
        return state;
    }

    private UserState Account(SeedMember member, string phone, DateTimeOffset now)
    {
        var hashes = RecoveryCode.GenerateSet()
            .Select(code => _hasher.Hash(member.UserId, CodePurpose.Recovery, RecoveryCode.Normalize(code)))
            .ToArray();
        return new UserState
        {
            Account = EnrollmentRules.Enroll(AccountState.Empty, phone, now, hashes),
            Email = member.Email,
            Name = member.Name,
            Provider = IdentityProvider.Password,
        };
    }

    private Task WriteAsync<TGrain, TState>(string stateName, string key, TState state)
        where TGrain : IGrainWithStringKey
    {
        var grainId = _grains.GetGrain<TGrain>(key).GetGrainId();
        return _storage.WriteStateAsync(stateName, grainId, new GrainState<TState>(state));
    }
}
