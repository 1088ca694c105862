using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>SPEC "Compliance": the counts and the member list follow every kind of change.</summary>
public sealed class ComplianceCountsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task Counts_and_pages_match_the_members_after_joins_leaves_enrollments_disables_and_sso()
    {
        var owner = NewUserId();
        var (a, b, c, d, e, f, g) = (NewUserId(), NewUserId(), NewUserId(), NewUserId(), NewUserId(), NewUserId(),
            NewUserId());
        var id = await _client.Organizations.CreateAsync(owner);
        foreach (var (user, name) in new[] { (a, "Ann"), (b, "Ben"), (c, "Cid"), (d, "Dee"), (e, "Eve"), (f, "Fay") })
        {
            await _client.AddAsync(owner, id, user, name);
        }

        await _client.Organizations.EnrollAsync(a);
        await _client.Organizations.EnrollAsync(b);
        await _client.DisableAsync(await _client.Organizations.TwoStepTokenAsync(c));
        await _client.SignInWithSsoAsync(d);
        await _client.RemoveAsync(owner, id, e);
        await _client.Organizations.EnrollAsync(f);
        await _client.RemoveAsync(owner, id, f);
        await _client.SignInWithSsoAsync(g);
        await _client.AddAsync(owner, id, g, "Gus");

        var counts = await _client.CountsAsync(owner, id);
        var members = await _client.AllAsync(owner, id, first: 2);

        Assert.Equal(new Counts(6, 2, 2, 2), counts);
        Assert.Equal(
            new Dictionary<string, string>
            {
                [owner] = "NOT_ENROLLED",
                [a] = "ENROLLED",
                [b] = "ENROLLED",
                [c] = "NOT_ENROLLED",
                [d] = "SSO_MANAGED",
                [g] = "SSO_MANAGED",
            },
            members.ToDictionary(m => m.Id, m => m.Status));
        Assert.Equal(counts, await CountedInTheTableAsync(id));
    }

    [Fact]
    public async Task The_enrolled_share_is_enrolled_over_members()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");
        await _client.Organizations.EnrollAsync(member);

        var answer = await _client.CountsAnswerAsync(_client.Token(owner), id);

        var share = answer.Data.GetProperty("organization").GetProperty("compliance").GetProperty("enrolledShare");
        Assert.Equal(0.5, share.GetDouble(), 6);
    }

    [Fact]
    public async Task The_latest_token_gives_the_name_and_email_shown()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Given By Admin", "admin-typed@example.com");

        await _client.Organizations.EnrollAsync(member);

        var page = await _client.PageAsync(owner, id, filter: new { status = "ENROLLED" });
        var user = page.GetProperty("edges")[0].GetProperty("node").GetProperty("user");
        Assert.Equal($"User {member}", user.GetProperty("name").GetString());
        Assert.Equal($"{member}@example.com", user.GetProperty("email").GetString());
    }

    private async Task<Counts> CountedInTheTableAsync(string id)
    {
        async Task<int> Count(string condition) => (int)(await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM compliance_member WHERE organization_id = @id {condition}", ("id", id)));

        return new Counts(
            await Count(string.Empty),
            await Count("AND status = 1"),
            await Count("AND status = 0"),
            await Count("AND status = 2"));
    }
}
