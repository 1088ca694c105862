using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TwoStep.Benchmarks;

/// <summary>
/// The whole TwoStep host on a loopback port, with one organization whose owner holds <see cref="Token"/>.
/// </summary>
internal sealed class TwoStepServer : LoopbackHost
{
    private TwoStepServer(string connectionString)
        : base(connectionString) => Token = MintToken("bench-owner", "bench-owner");

    public string Token { get; }

    public string OrganizationId { get; private set; } = string.Empty;

    public static async Task<TwoStepServer> StartAsync(string connectionString, HttpClient client)
    {
        var server = new TwoStepServer(connectionString);
        server.Start();
        server.OrganizationId = await server.CreateOrganizationAsync(client);
        return server;
    }

    private async Task<string> CreateOrganizationAsync(HttpClient client)
    {
        const string create = """
            {"query":"mutation { createOrganization(input: { name: \"Bench\" }) { organization { id } } }"}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Address, "/graphql"));
        request.Content = new StringContent(create, Encoding.UTF8, "application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("data").GetProperty("createOrganization").GetProperty("organization")
            .GetProperty("id").GetString()!;
    }
}
