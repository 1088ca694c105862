extern alias host;

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TwoStep.Benchmarks;

/// <summary>
/// The whole TwoStep host (the real <c>Program</c>, its silo on the benchmark database) on a loopback
/// port, with one organization whose owner holds <see cref="Token"/>.
/// </summary>
internal sealed class TwoStepServer : WebApplicationFactory<host::Program>
{
    private const string Issuer = "https://issuer.bench";
    private const string Audience = "twostep-bench";
    private const string SigningKey = "benchmark-signing-key-of-at-least-32-characters";

    private readonly string _connectionString;
    private readonly int _port = FreeLoopbackPort.Next();

    private TwoStepServer(string connectionString)
    {
        _connectionString = connectionString;
        Token = MintToken("bench-owner");
    }

    public Uri Address => new($"http://127.0.0.1:{_port}");

    public string Token { get; }

    public string OrganizationId { get; private set; } = string.Empty;

    public static async Task<TwoStepServer> StartAsync(string connectionString, HttpClient client)
    {
        var server = new TwoStepServer(connectionString);
        server.UseKestrel(server._port);
        server.StartServer();
        server.OrganizationId = await server.CreateOrganizationAsync(client);
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var clusterId = $"bench-{Guid.NewGuid():N}";
        // As in production: no developer exception page, no introspection; Plivo is configured
        // but never called, since nobody enrolls here.
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:TwoStep"] = _connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:ServiceId"] = clusterId,
            ["Orleans:SiloPort"] = FreeLoopbackPort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreeLoopbackPort.Next().ToString(CultureInfo.InvariantCulture),
            ["Auth:Issuer"] = Issuer,
            ["Auth:Audience"] = Audience,
            ["Auth:SigningKey"] = SigningKey,
            ["TwoStep:CodeHashKey"] = "benchmark-code-hash-key-of-at-least-32-characters",
            ["TwoStep:AllowedCountries:0"] = "GB",
            ["Plivo:AuthId"] = "MABENCHMARK000000000",
            ["Plivo:AuthToken"] = "benchmark-auth-token",
            ["Plivo:SourceNumber"] = "+14155550100",
            ["Plivo:BaseUrl"] = "https://127.0.0.1:9",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private static string MintToken(string subject)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = now.AddHours(2).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = subject,
                ["idp"] = "password",
                ["auth_time"] = now.ToUnixTimeSeconds(),
                ["email"] = $"{subject}@example.com",
                ["name"] = subject,
            },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)),
                SecurityAlgorithms.HmacSha256),
        });
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
