namespace TwoStep.Benchmarks;

/// <summary>
/// The floor: Kestrel on loopback answering <c>{"allowed":true}</c> from a route, with no
/// authentication, no grain and no GraphQL.
/// </summary>
internal sealed class BareServer : IAsyncDisposable
{
    private static readonly byte[] Allowed = """{"allowed":true}"""u8.ToArray();

    private readonly WebApplication _app;

    private BareServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BareServer> StartAsync()
    {
        var port = FreeLoopbackPort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

        var app = builder.Build();
        app.MapGet("/organizations/{id}/access", (RequestDelegate)(async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = Allowed.Length;
            await context.Response.Body.WriteAsync(Allowed, context.RequestAborted);
        }));
        await app.StartAsync();
        return new BareServer(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
