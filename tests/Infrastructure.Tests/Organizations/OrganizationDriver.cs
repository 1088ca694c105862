using System.Globalization;
using System.Text.RegularExpressions;
using TwoStep.Application.Common;
using TwoStep.Application.Organizations;
using TwoStep.Application.Users;
using TwoStep.Domain.Identity;
using TwoStep.Domain.Organizations;

namespace TwoStep.Infrastructure.Tests.Organizations;

/// <summary>Drives the grains the way the API does: people, sessions and enrollment by SMS.</summary>
internal sealed partial class OrganizationDriver(OrganizationCluster cluster)
{
    private static int _numbers;

    public static string NewUserId() => $"user-{Guid.NewGuid():N}";

    public static Actor Plain(string userId) => Of(userId, IdentityProvider.Password, false);

    public static Actor Passed(string userId) => Of(userId, IdentityProvider.Password, true);

    public static Actor Sso(string userId) => Of(userId, IdentityProvider.Sso, false);

    public IOrganizationGrain Organization(string id) => cluster.Grains.GetGrain<IOrganizationGrain>(id);

    public async Task<(string Id, IOrganizationGrain Grain)> CreateAsync(string ownerId, string name = "Acme")
    {
        var id = Guid.NewGuid().ToString("D");
        var grain = Organization(id);
        (await grain.Create(Plain(ownerId), name)).Unwrap();
        return (id, grain);
    }

    /// <summary>Turns two-step on for a user through the real enrollment, code read from the SMS.</summary>
    public async Task EnrollAsync(string userId)
    {
        var number = Interlocked.Increment(ref _numbers);
        var phone = string.Create(CultureInfo.InvariantCulture, $"+4474001{number:D5}");
        var user = cluster.Grains.GetGrain<IUserGrain>(userId);
        var caller = Plain(userId).Caller;

        (await user.StartEnrollment(caller, phone)).Unwrap();
        var text = cluster.Sms.SentTo(phone)[^1].Text;
        var code = CodePattern().Match(text).Groups[1].Value;
        (await user.ConfirmEnrollment(caller, code)).Unwrap();
    }

    public static async Task<AccessDenialReason?> ReasonAsync(IOrganizationGrain organization, Actor actor)
    {
        var decision = (await organization.Decide(actor)).ToDecision();
        Assert.Equal(decision.Reason is null, decision.Allowed);
        return decision.Reason;
    }

    private static Actor Of(string userId, IdentityProvider provider, bool passed) =>
        new(new Caller(userId, $"{userId}@example.com", userId, provider, DateTimeOffset.UtcNow), passed);

    [GeneratedRegex(@"code is (\d{6})\.")]
    private static partial Regex CodePattern();
}
