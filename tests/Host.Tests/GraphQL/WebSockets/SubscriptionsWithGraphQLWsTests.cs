using System.Text.Json;
using TwoStep.Host.Tests.SignIn;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.GraphQL.WebSockets;

/// <summary>Organization event subscriptions as an integrator's graphql-ws client sees them.</summary>
public sealed class SubscriptionsWithGraphQLWsTests(ListeningHostFixture host) : IClassFixture<ListeningHostFixture>
{
    private const string RequirementChanged = """
        subscription($id: ID!) {
          organizationTwoStepRequirementChanged(organizationId: $id) { organizationId required occurredAt changedBy }
        }
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_admin_receives_a_requirement_change_as_next()
    {
        var admin = $"ws-admin-{Guid.NewGuid():N}";
        // Once the requirement is on, only a session that passed two-step may follow it.
        var twoStepToken = await host.TwoStepTokenAsync(admin, SignInFlow.NewPhone());
        var organization = await host.CreateOrganizationAsync(admin);
        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), twoStepToken, RequirementChanged, new { id = organization });
        var connected = await subscriber.NextLineAsync(Patience);
        Assert.True(connected.TryGetProperty("connected", out _), connected.ToString());

        // The client does not learn when the server has registered the subscription, so the
        // requirement keeps switching until the first change reaches it.
        var answer = subscriber.NextLineAsync(Patience);
        for (var required = true; !answer.IsCompleted; required = !required)
        {
            await host.SetRequirementAsync(admin, organization, required);
            await Task.WhenAny(answer, Task.Delay(300));
        }

        var line = await answer;
        Assert.True(line.TryGetProperty("next", out var next), line.ToString());
        var change = next.GetProperty("data").GetProperty("organizationTwoStepRequirementChanged");
        Assert.Equal(organization, change.GetProperty("organizationId").GetString());
        Assert.Equal(admin, change.GetProperty("changedBy").GetString());
        Assert.Contains(change.GetProperty("required").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.EndsWith("Z", change.GetProperty("occurredAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_with_a_token_that_does_not_validate_is_closed_with_4401()
    {
        var forged = TestTokens.For("ws-forger", DateTimeOffset.UtcNow, signingKey: new string('x', 48));

        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), forged, RequirementChanged, new { id = "any" });

        var line = await subscriber.NextLineAsync(Patience);
        Assert.Equal(4401, line.GetProperty("closed").GetInt32());
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_is_refused_with_FORBIDDEN()
    {
        var admin = $"ws-admin-{Guid.NewGuid():N}";
        var member = $"ws-member-{Guid.NewGuid():N}";
        var organization = await host.CreateOrganizationAsync(admin);
        await host.AddMemberAsync(admin, organization, member);

        using var subscriber = await NodeSubscriber.StartAsync(
            host.WebSocketUrl(), host.FreshToken(member), RequirementChanged, new { id = organization });
        Assert.True((await subscriber.NextLineAsync(Patience)).GetProperty("connected").GetBoolean());

        var line = await subscriber.NextLineAsync(Patience);
        var error = Assert.Single(line.GetProperty("error").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
