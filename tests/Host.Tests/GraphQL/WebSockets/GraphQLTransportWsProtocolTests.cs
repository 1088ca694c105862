using TwoStep.Host.Tests.SignIn;
using TwoStep.Host.Tests.Support;

namespace TwoStep.Host.Tests.GraphQL.WebSockets;

/// <summary>The graphql-transport-ws rules a misbehaving or slow client runs into.</summary>
public sealed class GraphQLTransportWsProtocolTests(WebSocketHostFixture host) : IClassFixture<WebSocketHostFixture>
{
    private const string RequirementChanged =
        "subscription($id: ID!) { organizationTwoStepRequirementChanged(organizationId: $id) { required } }";

    [Fact]
    public async Task A_connection_that_never_initialises_is_closed_with_4408()
    {
        using var socket = await ProtocolSocket.ConnectAsync(host.WebSocketUrl());

        Assert.Equal(4408, await socket.CloseCodeAsync());
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong()
    {
        using var socket = await ProtocolSocket.ConnectAsync(host.WebSocketUrl());

        await socket.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        using var socket = await InitialisedAsync("ws-twice");

        await socket.SendAsync(new { type = "connection_init", payload = Authorization("ws-twice") });

        Assert.Equal(4429, await socket.CloseCodeAsync());
    }

    [Fact]
    public async Task An_unknown_message_is_closed_with_4400()
    {
        using var socket = await InitialisedAsync("ws-unknown");

        await socket.SendAsync(new { type = "subscribe_please", id = "1" });

        Assert.Equal(4400, await socket.CloseCodeAsync());
    }

    [Fact]
    public async Task A_message_that_is_not_json_is_closed_with_4400()
    {
        using var socket = await ProtocolSocket.ConnectAsync(host.WebSocketUrl());

        await socket.SendTextAsync("{ not json");

        Assert.Equal(4400, await socket.CloseCodeAsync());
    }

    [Fact]
    public async Task A_subscribe_before_the_acknowledgement_is_closed_with_4401()
    {
        using var socket = await ProtocolSocket.ConnectAsync(host.WebSocketUrl());

        await socket.SendAsync(new { type = "subscribe", id = "1", payload = new { query = "{ me { id } }" } });

        Assert.Equal(4401, await socket.CloseCodeAsync());
    }

    [Fact]
    public async Task A_second_subscriber_with_the_same_id_is_closed_with_4409()
    {
        var organization = await host.CreateOrganizationAsync("ws-duplicate");
        using var socket = await InitialisedAsync("ws-duplicate");
        var subscribe = new
        {
            type = "subscribe",
            id = "same",
            payload = new { query = RequirementChanged, variables = new { id = organization } },
        };

        await socket.SendAsync(subscribe);
        await socket.SendAsync(subscribe);

        Assert.Equal(4409, await socket.CloseCodeAsync());
    }

    [Fact]
    public async Task A_query_over_the_socket_answers_once_and_completes()
    {
        using var socket = await InitialisedAsync("ws-query");

        await socket.SendAsync(new { type = "subscribe", id = "q", payload = new { query = "{ me { id } }" } });

        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next?.GetProperty("type").GetString());
        Assert.Equal("ws-query", next?.GetProperty("payload").GetProperty("data").GetProperty("me")
            .GetProperty("id").GetString());
        var complete = await socket.ReceiveAsync();
        Assert.Equal("complete", complete?.GetProperty("type").GetString());
        Assert.Equal("q", complete?.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_completed_subscription_receives_no_further_events()
    {
        const string admin = "ws-complete";
        // Once the requirement is on, only a session that passed two-step may follow the events.
        var twoStepToken = await host.TwoStepTokenAsync(admin, SignInFlow.NewPhone());
        var organization = await host.CreateOrganizationAsync(admin);
        using var socket = await InitialisedWithAsync(twoStepToken);
        await socket.SendAsync(new
        {
            type = "subscribe",
            id = "s",
            payload = new { query = RequirementChanged, variables = new { id = organization } },
        });
        var first = socket.ReceiveAsync();
        for (var required = true; !first.IsCompleted; required = !required)
        {
            await host.SetRequirementAsync(admin, organization, required);
            await Task.WhenAny(first, Task.Delay(300));
        }

        Assert.Equal("next", (await first)?.GetProperty("type").GetString());

        await socket.SendAsync(new { type = "complete", id = "s" });
        await host.SetRequirementAsync(admin, organization, true);
        await host.SetRequirementAsync(admin, organization, false);
        await socket.SendAsync(new { type = "ping" });

        // Changes that were already on their way may still arrive; none comes after the pong.
        string? type;
        do
        {
            type = (await socket.ReceiveAsync())?.GetProperty("type").GetString();
        }
        while (type == "next");

        Assert.Equal("pong", type);
    }

    private Task<ProtocolSocket> InitialisedAsync(string user) => InitialisedWithAsync(host.FreshToken(user));

    private async Task<ProtocolSocket> InitialisedWithAsync(string token)
    {
        var socket = await ProtocolSocket.ConnectAsync(host.WebSocketUrl());
        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        Assert.Equal("connection_ack", (await socket.ReceiveAsync())?.GetProperty("type").GetString());
        return socket;
    }

    private object Authorization(string user) => new { authorization = $"Bearer {host.FreshToken(user)}" };
}
