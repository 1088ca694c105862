using TwoStep.Infrastructure.Tokens;

namespace TwoStep.Host.Tokens;

public static class JwksEndpoint
{
    public const string Path = "/.well-known/jwks.json";

    // Long enough to spare the endpoint, short against rotation: a new key is published well
    // over this long before it signs.
    private const string CacheControl = "public, max-age=60";

    /// <summary>The public keys that verify two-step tokens, with their <c>kid</c>s.</summary>
    public static IEndpointConventionBuilder MapTwoStepJwks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext context, SigningKeys keys, TimeProvider time) =>
        {
            var set = await keys.GetAsync(context.RequestAborted);
            var document = JwksDocument.Write(set.PublishedAt(time.GetUtcNow()));

            context.Response.Headers.CacheControl = CacheControl;
            return Results.Bytes(document, JwksDocument.ContentType);
        });
}
