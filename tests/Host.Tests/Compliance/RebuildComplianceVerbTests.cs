using TwoStep.Host.Compliance;
using TwoStep.Host.Tests.Support;
using static TwoStep.Host.Tests.Compliance.ComplianceClient;

namespace TwoStep.Host.Tests.Compliance;

/// <summary>The operator's <c>rebuild-compliance</c> verb, for every organization or the one it names.</summary>
public sealed class RebuildComplianceVerbTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Verb = RebuildComplianceVerb.Verb;

    private const string CountRows = "SELECT count(*) FROM compliance_counts WHERE organization_id = @organization";

    private readonly ComplianceClient _client = new(host);

    [Theory]
    [InlineData(new[] { Verb }, null)]
    [InlineData(new[] { Verb, "--Orleans:SiloPort", "11112" }, null)]
    [InlineData(new[] { Verb, "--organization", "org-1", "--Orleans:SiloPort", "11112" }, "org-1")]
    [InlineData(new[] { Verb, "--Orleans:SiloPort", "11112", "--organization=org-1" }, "org-1")]
    public void The_organization_option_names_one_organization(string[] args, string? expected)
    {
        Assert.True(RebuildComplianceVerb.TryReadOrganization(args, out var organizationId));
        Assert.Equal(expected, organizationId);
    }

    [Theory]
    [InlineData(new object[] { new[] { Verb, "--organization" } })]
    [InlineData(new object[] { new[] { Verb, "--organization", "--Orleans:SiloPort", "11112" } })]
    [InlineData(new object[] { new[] { Verb, "--organization=" } })]
    public void The_organization_option_without_an_id_is_refused(string[] args) =>
        Assert.False(RebuildComplianceVerb.TryReadOrganization(args, out _));

    [Fact]
    public async Task Only_the_named_organization_is_rebuilt()
    {
        var (owner, other) = (NewUserId(), NewUserId());
        var id = await _client.Organizations.CreateAsync(owner);
        var otherId = await _client.Organizations.CreateAsync(other);
        await _client.AddAsync(owner, id, NewUserId(), "Member");
        await host.Database.ExecuteAsync("TRUNCATE compliance_member, compliance_counts");

        var exitCode = await RunAsync(Verb, "--organization", id);

        Assert.Equal(0, exitCode);
        Assert.Equal(new Counts(2, 0, 2, 0), await _client.CountsAsync(owner, id));
        Assert.Equal(2, (await _client.AllAsync(owner, id)).Count);
        Assert.Equal(0L, await CountRowsAsync(otherId));
        Assert.Empty(await _client.AllAsync(other, otherId));
        Assert.Contains(host.Logs.Entries, entry => entry.Contains(
            $"Rebuilt the compliance read model of organization {id}: 2 members", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_option_every_organization_is_rebuilt()
    {
        var (owner, other) = (NewUserId(), NewUserId());
        var id = await _client.Organizations.CreateAsync(owner);
        var otherId = await _client.Organizations.CreateAsync(other);
        await host.Database.ExecuteAsync("TRUNCATE compliance_member, compliance_counts");

        var exitCode = await RunAsync(Verb, "--Orleans:SiloPort", "11112");

        Assert.Equal(0, exitCode);
        Assert.Equal(new Counts(1, 0, 1, 0), await _client.CountsAsync(owner, id));
        Assert.Equal(new Counts(1, 0, 1, 0), await _client.CountsAsync(other, otherId));
    }

    [Theory]
    [InlineData("3f2c6a8e-0000-4000-8000-000000000000")]
    [InlineData("no-such-organization")]
    public async Task An_unknown_organization_is_an_error_that_rebuilds_nothing(string unknown)
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        var before = await _client.CountsAsync(owner, id);

        var exitCode = await RunAsync(Verb, "--organization", unknown);

        Assert.Equal(2, exitCode);
        Assert.Equal(0L, await CountRowsAsync(unknown));
        Assert.Equal(before, await _client.CountsAsync(owner, id));
        Assert.Contains(host.Logs.Entries, entry => entry.StartsWith("Error", StringComparison.Ordinal)
            && entry.Contains($"No organization has the id {unknown}: nothing was rebuilt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_option_without_an_id_is_an_error_that_rebuilds_nothing()
    {
        var owner = NewUserId();
        var id = await _client.Organizations.CreateAsync(owner);
        await host.Database.ExecuteAsync("DELETE FROM compliance_counts WHERE organization_id = @id", ("id", id));

        var exitCode = await RunAsync(Verb, "--organization");

        Assert.Equal(2, exitCode);
        Assert.Equal(0L, await CountRowsAsync(id));
        Assert.Contains(host.Logs.Entries, entry => entry.Contains(
            "--organization needs the id of an organization: nothing was rebuilt", StringComparison.Ordinal));
    }

    private Task<int> RunAsync(params string[] args) =>
        RebuildComplianceVerb.RunAsync(host.Services, args, CancellationToken.None);

    private async Task<long> CountRowsAsync(string organizationId) =>
        await host.Database.ScalarAsync<long>(CountRows, ("organization", organizationId));
}
