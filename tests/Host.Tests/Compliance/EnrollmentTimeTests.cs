using System.Globalization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using TwoStep.Application.Compliance.RebuildCompliance;
using TwoStep.Application.Organizations;
using TwoStep.Domain.Organizations;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>
/// A member's <c>enrolledAt</c> is when their account turned two-step on, as <c>me { twoStep { enabledAt } }</c>
/// tells them: not when they joined, nor when the organization heard of it. A rebuild agrees.
/// </summary>
public sealed class EnrollmentTimeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string EnabledAt = "{ me { twoStep { enabledAt } } }";

    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task A_member_who_enrolled_before_joining_shows_their_enrollment_time_not_the_join_time()
    {
        var owner = NewUserId();
        var member = NewUserId();
        await _client.Organizations.EnrollAsync(member);
        var enabledAt = await EnabledAtAsync(member);

        host.Clock.Advance(TimeSpan.FromDays(4));
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");

        Assert.Equal(enabledAt, await EnrolledAtAsync(owner, id, member));
        Assert.Equal(Seconds(enabledAt), await CsvEnrolledAtAsync(owner, id, member));
        await RebuildAsync();
        Assert.Equal(enabledAt, await EnrolledAtAsync(owner, id, member));
        Assert.Equal(Seconds(enabledAt), await CsvEnrolledAtAsync(owner, id, member));
    }

    [Fact]
    public async Task A_member_who_enrolls_shows_their_enrollment_time_though_the_organization_hears_late()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");
        await host.BreakAsync("organization", id);

        var phone = await _client.Organizations.EnrollAsync(member);
        var enabledAt = await EnabledAtAsync(member);
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.MendAsync("organization", id);
        var heard = await EventuallyEnrolledAsync(owner, id, member);

        Assert.True(heard, "The organization never heard of the enrollment.");
        Assert.Equal(enabledAt, await EnrolledAtAsync(owner, id, member));
        Assert.Equal(Seconds(enabledAt), await CsvEnrolledAtAsync(owner, id, member));
        await RebuildAsync();
        Assert.Equal(enabledAt, await EnrolledAtAsync(owner, id, member));

        await _client.DisableAsync(await _client.Organizations.PassTwoStepAsync(member, phone));
        Assert.Null(await EnrolledAtAsync(owner, id, member));
        Assert.Equal(string.Empty, await CsvEnrolledAtAsync(owner, id, member));
        await RebuildAsync();
        Assert.Null(await EnrolledAtAsync(owner, id, member));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_confirmed_number_is_a_new_enrollment_time_as_the_member_sees_it(bool sameNumber)
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");
        var phone = await _client.Organizations.EnrollAsync(member);
        var first = await EnabledAtAsync(member);

        host.Clock.Advance(TimeSpan.FromDays(1));
        var twoStep = await _client.Organizations.PassTwoStepAsync(member, phone);
        host.Clock.Advance(TimeSpan.FromSeconds(31));
        var next = sameNumber
            ? phone
            : string.Create(CultureInfo.InvariantCulture, $"+44740092{Random.Shared.Next(10000):D4}");
        await _client.EnrollNumberAsync(twoStep, next);
        var second = await EnabledAtAsync(member);

        Assert.NotEqual(first, second);
        Assert.Equal(second, await EnrolledAtAsync(owner, id, member));
        Assert.Equal(Seconds(second), await CsvEnrolledAtAsync(owner, id, member));
        await RebuildAsync();
        Assert.Equal(second, await EnrolledAtAsync(owner, id, member));
    }

    [Fact]
    public async Task An_entry_stored_before_members_carried_the_time_falls_back_to_when_it_occurred()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");
        var occurredAt = new DateTimeOffset(2025, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
        var enabledAt = occurredAt.AddDays(-10);
        var log = host.Services.GetRequiredService<IAuditLog>();

        await log.AppendAsync(id, [Enrollment(3, occurredAt, member, null)], CancellationToken.None);
        var before = await EnrolledAtAsync(owner, id, member);
        await log.AppendAsync(id, [Enrollment(4, occurredAt, member, enabledAt)], CancellationToken.None);

        Assert.Equal("2025-03-04T05:06:07.890Z", before);
        Assert.Equal("2025-02-22T05:06:07.890Z", await EnrolledAtAsync(owner, id, member));
    }

    private static AuditEntry Enrollment(long sequence, DateTimeOffset at, string userId, DateTimeOffset? enabledAt) =>
        new(
            sequence,
            at,
            userId,
            AuditActions.MemberEnrollmentChanged,
            userId,
            "ENROLLED",
            Member: new MemberView(
                userId,
                null,
                "Member",
                OrganizationRoles.None,
                MemberStatus.Enrolled,
                "+44 ••• ••• 0001",
                enabledAt));

    private async Task<string> EnabledAtAsync(string userId)
    {
        var answer = await host.Client.PostGraphQLAsync(EnabledAt, token: _client.Token(userId));
        Assert.Empty(answer.Errors);
        return answer.Data.GetProperty("me").GetProperty("twoStep").GetProperty("enabledAt").GetString()!;
    }

    private async Task<string?> EnrolledAtAsync(string ownerId, string organizationId, string userId)
    {
        var page = await _client.PageAsync(ownerId, organizationId, first: 100);
        var node = page.GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node"))
            .Single(node => node.GetProperty("user").GetProperty("id").GetString() == userId);
        return node.GetProperty("enrolledAt").GetString();
    }

    private async Task<string> CsvEnrolledAtAsync(string ownerId, string organizationId, string userId)
    {
        var (_, body) = await _client.CsvAsync(_client.Token(ownerId), organizationId);
        var row = body.Split("\r\n").Single(line => line.StartsWith(userId + ",", StringComparison.Ordinal));
        return row.Split(',')[5];
    }

    private async Task<bool> EventuallyEnrolledAsync(string ownerId, string organizationId, string userId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var members = await _client.AllAsync(ownerId, organizationId);
            if (members.Contains((userId, "ENROLLED")))
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    /// <summary>The read model dropped and rebuilt from grain state, as the operator's verb does.</summary>
    private async Task RebuildAsync()
    {
        await host.Database.ExecuteAsync("TRUNCATE compliance_member, compliance_counts");
        await host.Services.GetRequiredService<IMediator>().Send(new RebuildComplianceCommand());
    }

    /// <summary>The CSV's form of an instant of the GraphQL API: whole seconds.</summary>
    private static string Seconds(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            .UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
