using System.Net;
using System.Text.Json;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>SPEC "Compliance": only the organization's admins read it, with two-step while it is required.</summary>
public sealed class ComplianceAccessTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task A_member_who_is_not_an_admin_is_FORBIDDEN()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");

        var counts = await _client.CountsAnswerAsync(_client.Token(member), id);
        var members = await _client.MembersAnswerAsync(_client.Token(member), id);
        var csv = await _client.CsvAsync(_client.Token(member), id);

        Assert.Equal("FORBIDDEN", counts.ErrorCode);
        Assert.Equal("FORBIDDEN", members.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.Status);
        Assert.Equal("""{"error":"FORBIDDEN"}""", csv.Body);
    }

    [Fact]
    public async Task Someone_outside_the_organization_sees_no_organization_at_all()
    {
        var owner = NewUserId();
        var stranger = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);

        var counts = await _client.CountsAnswerAsync(_client.Token(stranger), id);
        var csv = await _client.CsvAsync(_client.Token(stranger), id);
        var unknown = await _client.CsvAsync(_client.Token(stranger), Guid.NewGuid().ToString("D"));

        Assert.Empty(counts.Errors);
        Assert.Equal(JsonValueKind.Null, counts.Data.GetProperty("organization").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, csv.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task While_two_step_is_required_an_admin_reads_only_from_a_two_step_session()
    {
        var owner = NewUserId();
        var twoStep = await _client.Organizations.TwoStepTokenAsync(owner);
        var id = await _client.Organizations.CreateAsync(owner);
        Assert.Empty((await _client.Organizations.SetRequirementAsync(twoStep, id, true)).Errors);

        var plain = await _client.CountsAnswerAsync(_client.Token(owner), id);
        var plainCsv = await _client.CsvAsync(_client.Token(owner), id);
        var passed = await _client.CountsAnswerAsync(twoStep, id);
        var passedCsv = await _client.CsvAsync(twoStep, id);

        Assert.Equal("TWO_STEP_REQUIRED", plain.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, plainCsv.Status);
        Assert.Equal("""{"error":"TWO_STEP_REQUIRED"}""", plainCsv.Body);
        Assert.Empty(passed.Errors);
        Assert.Equal(HttpStatusCode.OK, passedCsv.Status);
    }

    [Fact]
    public async Task The_csv_without_a_token_is_401()
    {
        var csv = await _client.CsvAsync(null, Guid.NewGuid().ToString("D"));

        Assert.Equal(HttpStatusCode.Unauthorized, csv.Status);
    }
}
