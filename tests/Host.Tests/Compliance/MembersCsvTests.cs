using System.Net;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>SPEC "Compliance": <c>GET /organizations/{id}/members.csv</c>.</summary>
public sealed class MembersCsvTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Header = "id,name,email,roles,status,enrolled_at,masked_phone_number";

    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task Every_member_is_a_line_after_the_header()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var members = Enumerable.Range(0, 30).Select(_ => NewUserId()).ToList();
        foreach (var member in members)
        {
            await _client.AddAsync(owner, id, member, "Member " + member);
        }

        var (status, body) = await _client.CsvAsync(_client.Token(owner), id);

        var lines = Lines(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(31, lines.Count - 1);
        Assert.Equal(
            members.Append(owner).Order(StringComparer.Ordinal),
            lines.Skip(1).Select(line => line.Split(',')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Cells_cannot_become_formulas_and_are_quoted_when_they_must_be()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var (formula, comma, plus) = (NewUserId(), NewUserId(), NewUserId());
        await _client.AddAsync(owner, id, formula, "=cmd()");
        await _client.AddAsync(owner, id, comma, "Doe, \"Jo\"");
        await _client.AddAsync(owner, id, plus, "@SUM(A1)", "-1+1@example.com");

        var (_, body) = await _client.CsvAsync(_client.Token(owner), id);

        var lines = Lines(body);
        Assert.Contains($"{formula},'=cmd(),{formula}@example.com,NONE,NOT_ENROLLED,,", lines);
        Assert.Contains($"{comma},\"Doe, \"\"Jo\"\"\",{comma}@example.com,NONE,NOT_ENROLLED,,", lines);
        Assert.Contains($"{plus},'@SUM(A1),'-1+1@example.com,NONE,NOT_ENROLLED,,", lines);
    }

    [Fact]
    public async Task Numbers_are_masked_and_the_full_number_never_appears()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var member = NewUserId();
        await _client.AddAsync(owner, id, member, "Member");
        var phone = await _client.Organizations.EnrollAsync(member);

        var (_, body) = await _client.CsvAsync(_client.Token(owner), id);

        var row = Lines(body).Single(line => line.StartsWith(member, StringComparison.Ordinal));
        var cells = row.Split(',');
        Assert.Equal("ENROLLED", cells[4]);
        Assert.NotEmpty(cells[5]);
        // A leading + could start a formula: the masked number is escaped like any other cell.
        Assert.Equal($"'+44 ••• ••• {phone[^4..]}", cells[6]);
        Assert.DoesNotContain(phone, body, StringComparison.Ordinal);
        Assert.DoesNotContain(phone.TrimStart('+'), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_of_the_list_apply_as_query_parameters()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var (zoe, zack, enrolled) = (NewUserId(), NewUserId(), NewUserId());
        await _client.AddAsync(owner, id, zoe, "Zoe");
        await _client.AddAsync(owner, id, zack, "zack");
        await _client.AddAsync(owner, id, enrolled, "Zed");
        await _client.Organizations.EnrollAsync(enrolled);

        var (_, searched) = await _client.CsvAsync(_client.Token(owner), id, "?search=Z&status=NOT_ENROLLED");
        var (badStatus, _) = await _client.CsvAsync(_client.Token(owner), id, "?status=MAYBE");

        Assert.Equal([zack, zoe], Lines(searched).Skip(1).Select(line => line.Split(',')[0]));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
    }

    private static List<string> Lines(string body) =>
        body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
}
