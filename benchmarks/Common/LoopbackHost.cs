extern alias host;

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TwoStep.Benchmarks;

/// <summary>
/// The whole TwoStep host (the real <c>Program</c>, its silo on the benchmark database) on a
/// loopback port, configured as in production, trusting the tokens of <see cref="MintToken"/>.
/// </summary>
internal abstract class LoopbackHost : WebApplicationFactory<host::Program>
{
    private const string Issuer = "https://issuer.bench";
    private const string Audience = "twostep-bench";
    private const string SigningKey = "benchmark-signing-key-of-at-least-32-characters";

    private readonly string _connectionString;
    private readonly int _port = FreeLoopbackPort.Next();

    protected LoopbackHost(string connectionString) => _connectionString = connectionString;

    public Uri Address => new($"http://127.0.0.1:{_port}");

    /// <summary>A bearer token of the product's identity provider for <paramref name="subject"/>.</summary>
    public static string MintToken(string subject, string name)
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
                ["name"] = name,
            },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)),
                SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Serves on the loopback port.</summary>
    protected void Start()
    {
        UseKestrel(_port);
        StartServer();
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
}
