extern alias seed;

using System.Globalization;
using System.Text.Json;
using TwoStep.Domain.Organizations;
using TwoStep.Host.Tests.Support;
using seed::TwoStep.Seed;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>tools/Seed writes what the API would: a seeded organization reads like one made through it.</summary>
public sealed class SeededOrganizationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Everything = """
        query All($id: ID!) {
          organization(id: $id) {
            name
            compliance { memberCount enrolledCount notEnrolledCount ssoManagedCount }
            members(first: 100) {
              totalCount
              edges { node { user { id name email } roles twoStepStatus enrolledAt maskedPhoneNumber } }
            }
            auditLog(first: 1) { totalCount }
          }
        }
        """;

    private static readonly MemberStatus[] Statuses =
    [
        MemberStatus.Enrolled, MemberStatus.NotEnrolled, MemberStatus.SsoManaged, MemberStatus.Enrolled,
        MemberStatus.NotEnrolled, MemberStatus.Enrolled,
    ];

    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task A_seeded_organization_reads_the_same_as_one_made_through_the_API()
    {
        var madeThroughApi = await MakeThroughApiAsync();
        var seeded = await SeedAsync();

        var api = await ReadAsync(madeThroughApi.OwnerId, madeThroughApi.Id);
        var seed = await ReadAsync(seeded.OwnerId, seeded.Id);

        Assert.Equal(api.Counts, seed.Counts);
        Assert.Equal(api.AuditCount, seed.AuditCount);
        Assert.Equal(api.Rows, seed.Rows);
        Assert.Equal(Canonical(await CsvAsync(madeThroughApi)), Canonical(await CsvAsync(seeded)));
    }

    [Fact]
    public async Task Seeded_grains_carry_on_as_if_made_through_the_API()
    {
        var seeded = await SeedAsync();
        var enrolled = seeded.Members.First(m => m.Status == MemberStatus.Enrolled);
        var newcomer = NewUserId();

        var me = await host.Client.PostGraphQLAsync(
            "{ me { twoStep { enabled phoneNumber } } }", token: _client.Token(enrolled.UserId));
        await _client.AddAsync(seeded.OwnerId, seeded.Id, newcomer, "Newcomer");

        var twoStep = me.Data.GetProperty("me").GetProperty("twoStep");
        Assert.True(twoStep.GetProperty("enabled").GetBoolean());
        Assert.Equal(enrolled.PhoneNumber, twoStep.GetProperty("phoneNumber").GetString());
        Assert.Equal(new Counts(8, 3, 4, 1), await _client.CountsAsync(seeded.OwnerId, seeded.Id));
    }

    private async Task<SeedOrganization> MakeThroughApiAsync()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner, "Twin");
        var members = new List<SeedMember>();
        foreach (var status in Statuses)
        {
            var user = NewUserId();
            await _client.AddAsync(owner, id, user, "User " + user);
            var phone = status switch
            {
                MemberStatus.Enrolled => await _client.Organizations.EnrollAsync(user),
                MemberStatus.SsoManaged => await SignInAsync(user, "sso"),
                _ => await SignInAsync(user, "password"),
            };
            members.Add(new SeedMember(user, "User " + user, user + "@example.com", status, phone));
        }

        return new SeedOrganization(id, "Twin", owner, members);
    }

    private async Task<string?> SignInAsync(string userId, string idp)
    {
        var answer = await host.Client.PostGraphQLAsync("{ me { id } }", token: _client.Token(userId, idp));
        Assert.Empty(answer.Errors);
        return null;
    }

    private async Task<SeedOrganization> SeedAsync()
    {
        var members = Statuses.Select((status, i) =>
        {
            var user = NewUserId();
            var phone = status == MemberStatus.Enrolled
                ? string.Create(CultureInfo.InvariantCulture, $"+4474009{Random.Shared.Next(100000):D5}")
                : null;
            return new SeedMember(user, "User " + user, user + "@example.com", status, phone);
        }).ToList();
        var organization = new SeedOrganization(Guid.NewGuid().ToString("D"), "Twin", NewUserId(), members);

        var seeder = new OrganizationSeeder(host.Services);
        await seeder.SeedAsync(organization, new Progress<int>(), CancellationToken.None);

        return organization;
    }

    private async Task<Snapshot> ReadAsync(string ownerId, string organizationId)
    {
        var token = _client.Token(ownerId);
        var answer = await host.Client.PostGraphQLAsync(Everything, new { id = organizationId }, token);
        Assert.Empty(answer.Errors);
        var organization = answer.Data.GetProperty("organization");
        var rows = organization.GetProperty("members").GetProperty("edges").EnumerateArray()
            .Select(edge => Row(edge.GetProperty("node")))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Snapshot(
            organization.GetProperty("compliance").GetRawText(),
            organization.GetProperty("auditLog").GetProperty("totalCount").GetInt32(),
            rows);
    }

    /// <summary>A row with its user id and the number's digits left out: those differ between the twins.</summary>
    private static string Row(JsonElement node)
    {
        var user = node.GetProperty("user");
        var id = user.GetProperty("id").GetString()!;
        var masked = node.GetProperty("maskedPhoneNumber").GetString();
        return string.Join(
            '|',
            user.GetProperty("name").GetString()!.Replace(id, "ID", StringComparison.Ordinal),
            user.GetProperty("email").GetString()!.Replace(id, "ID", StringComparison.Ordinal),
            node.GetProperty("roles").GetRawText(),
            node.GetProperty("twoStepStatus").GetString(),
            node.GetProperty("enrolledAt").ValueKind,
            masked is null ? "-" : masked[..^4]);
    }

    private async Task<string> CsvAsync(SeedOrganization organization) =>
        (await _client.CsvAsync(_client.Token(organization.OwnerId), organization.Id)).Body;

    /// <summary>The CSV lines with the user id, the enrolled time and the number's digits left out.</summary>
    private static List<string> Canonical(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(','))
            .Select(cells => string.Join(',', cells.Select((cell, i) => Canonical(cells[0], cell, i))))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Canonical(string id, string cell, int index) => index switch
    {
        5 => cell.Length > 0 ? "at" : "-",
        6 when cell.Length > 4 => cell[..^4],
        _ => cell.Replace(id, "ID", StringComparison.Ordinal),
    };

    private sealed record Snapshot(string Counts, int AuditCount, List<string> Rows);
}
