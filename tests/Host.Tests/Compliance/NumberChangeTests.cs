using System.Globalization;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>A member who enrolls again with another number shows the new number, masked.</summary>
public sealed class NumberChangeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly ComplianceClient _client = new(host);

    [Fact]
    public async Task A_new_number_reaches_the_list_and_the_csv_masked()
    {
        var owner = NewUserId();
        var member = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await _client.AddAsync(owner, id, member, "Member");
        var twoStep = await _client.Organizations.TwoStepTokenAsync(member);
        var phone = string.Create(CultureInfo.InvariantCulture, $"+44740091{Random.Shared.Next(10000):D4}");

        host.Clock.Advance(TimeSpan.FromSeconds(31));
        await _client.EnrollNumberAsync(twoStep, phone);

        var page = await _client.PageAsync(owner, id, filter: new { status = "ENROLLED" });
        var (_, csv) = await _client.CsvAsync(_client.Token(owner), id);
        var node = page.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal($"+44 ••• ••• {phone[^4..]}", node.GetProperty("maskedPhoneNumber").GetString());
        Assert.Contains($"'+44 ••• ••• {phone[^4..]}", csv, StringComparison.Ordinal);
        Assert.Equal(new Counts(2, 1, 1, 0), await _client.CountsAsync(owner, id));
    }
}
