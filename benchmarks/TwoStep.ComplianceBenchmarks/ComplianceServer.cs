namespace TwoStep.Benchmarks;

/// <summary>The whole TwoStep host on a loopback port, on the seeded benchmark database.</summary>
internal sealed class ComplianceServer : LoopbackHost
{
    private ComplianceServer(string connectionString)
        : base(connectionString)
    {
    }

    public static ComplianceServer Start(string connectionString)
    {
        var server = new ComplianceServer(connectionString);
        server.Start();
        return server;
    }

    /// <summary>A bearer token of the product's identity provider for <paramref name="subject"/>.</summary>
    public static string Token(string subject) => MintToken(subject, $"User {subject}");
}
