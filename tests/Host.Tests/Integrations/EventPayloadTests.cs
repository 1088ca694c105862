using System.Text.Json;
using TwoStep.Host.Tests.SignIn;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.Integrations;

public sealed class EventPayloadTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Events = """
        query($id: ID!) { organizationEvents(organizationId: $id, first: 100) { edges { node { type data } } } }
        """;

    [Fact]
    public async Task A_members_enrollment_is_recorded_without_their_number_or_codes()
    {
        var organization = await host.CreateOrganizationAsync("payload-admin");
        await host.AddMemberAsync("payload-admin", organization, "payload-member");
        var phone = SignInFlow.NewPhone();

        var recoveryCodes = await host.EnrollAsync("payload-member", phone);

        var answer = await host.Client.PostGraphQLAsync(
            Events, new { id = organization }, host.FreshToken("payload-admin"));
        Assert.Empty(answer.Errors);
        var nodes = answer.Data.GetProperty("organizationEvents").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node"))
            .ToList();
        var enabled = Assert.Single(
            nodes, node => node.GetProperty("type").GetString() == "two_step.enrollment.enabled");
        using var data = JsonDocument.Parse(enabled.GetProperty("data").GetString()!);
        Assert.Equal("payload-member", data.RootElement.GetProperty("userId").GetString());
        var everything = string.Join('\n', nodes.Select(node => node.GetProperty("data").GetString()));
        Assert.DoesNotContain(phone[1..], everything, StringComparison.Ordinal);
        Assert.All(recoveryCodes, code => Assert.DoesNotContain(code, everything, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_requirement_set_to_what_it_already_was_records_no_event()
    {
        var organization = await host.CreateOrganizationAsync("payload-admin-2");

        await host.SetRequirementAsync("payload-admin-2", organization, false);

        var answer = await host.Client.PostGraphQLAsync(
            Events, new { id = organization }, host.FreshToken("payload-admin-2"));
        Assert.Empty(answer.Errors);
        var types = answer.Data.GetProperty("organizationEvents").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node").GetProperty("type").GetString());
        Assert.DoesNotContain("organization.two_step_requirement.changed", types);
    }

    [Fact]
    public async Task A_member_who_enrolls_a_new_number_is_announced_without_either_number()
    {
        var organization = await host.CreateOrganizationAsync("payload-admin-3");
        await host.AddMemberAsync("payload-admin-3", organization, "payload-mover");
        var (before, after) = (SignInFlow.NewPhone(), SignInFlow.NewPhone());
        var twoStepToken = await host.TwoStepTokenAsync("payload-mover", before);
        host.Clock.Advance(TimeSpan.FromSeconds(30));

        var started = await host.Client.PostGraphQLAsync(
            SignInFlow.StartEnrollment, new { phone = after }, twoStepToken);
        var code = host.Plivo.LatestCodeTo(after);
        var confirmed = await host.Client.PostGraphQLAsync(SignInFlow.ConfirmEnrollment, new { code }, twoStepToken);

        Assert.Empty(started.Errors);
        Assert.Empty(confirmed.Errors);

        var answer = await host.Client.PostGraphQLAsync(
            Events, new { id = organization }, host.FreshToken("payload-admin-3"));
        Assert.Empty(answer.Errors);
        var nodes = answer.Data.GetProperty("organizationEvents").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node"))
            .ToList();
        var changed = Assert.Single(
            nodes, node => node.GetProperty("type").GetString() == "two_step.enrollment.phone_changed");
        using var data = JsonDocument.Parse(changed.GetProperty("data").GetString()!);
        Assert.Equal("payload-mover", data.RootElement.GetProperty("userId").GetString());
        var everything = string.Join('\n', nodes.Select(node => node.GetProperty("data").GetString()));
        Assert.DoesNotContain(before[1..], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(after[1..], everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_joins_already_enrolled_is_announced_as_joined_then_enrolled()
    {
        var organization = await host.CreateOrganizationAsync("payload-admin-4");
        await host.EnrollAsync("payload-early", SignInFlow.NewPhone());

        await host.AddMemberAsync("payload-admin-4", organization, "payload-early");

        var answer = await host.Client.PostGraphQLAsync(
            Events, new { id = organization }, host.FreshToken("payload-admin-4"));
        Assert.Empty(answer.Errors);
        var events = answer.Data.GetProperty("organizationEvents").GetProperty("edges").EnumerateArray()
            .Select(edge => edge.GetProperty("node"))
            .Select(node => (Type: node.GetProperty("type").GetString(), Data: Parse(node)))
            .Where(recorded => recorded.Data.GetProperty("userId").GetString() == "payload-early")
            .ToList();
        Assert.Equal(
            ["joined", "enrolled"],
            events.Where(recorded => recorded.Type == "organization.member.compliance_changed")
                .Select(recorded => recorded.Data.GetProperty("change").GetString()));
        Assert.Contains(events, recorded => recorded.Type == "two_step.enrollment.enabled");
    }

    private static JsonElement Parse(JsonElement node)
    {
        using var data = JsonDocument.Parse(node.GetProperty("data").GetString()!);
        return data.RootElement.Clone();
    }
}
