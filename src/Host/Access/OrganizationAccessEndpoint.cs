using Mediator;
using TwoStep.Application.Organizations.GetAccess;
using TwoStep.Host.Auth;
using TwoStep.Host.GraphQL.Errors;

namespace TwoStep.Host.Access;

/// <summary>
/// The access decision over plain HTTP for the product's request pipeline:
/// <c>GET /organizations/{id}/access</c> with the member's bearer token answers
/// <c>{"allowed":true}</c> or <c>{"allowed":false,"reason":"..."}</c> (the reasons of
/// <c>AccessDenialReason</c>), 401 without a valid token, 503 while a dependency is down.
/// </summary>
public static class OrganizationAccessEndpoint
{
    public const string Pattern = "/organizations/{id}/access";

    public static IEndpointConventionBuilder MapOrganizationAccess(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Pattern, (RequestDelegate)HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        // A decision is about this session at this moment: no cache may keep it.
        response.Headers.CacheControl = "no-store";

        var actor = ActorMapper.ToActor(context.User);
        if (actor is null)
        {
            response.Headers.WWWAuthenticate = "Bearer";
            await WriteAsync(context, StatusCodes.Status401Unauthorized, AccessJson.Unauthenticated);
            return;
        }

        var organizationId = (string)context.Request.RouteValues["id"]!;
        var mediator = context.RequestServices.GetRequiredService<IMediator>();
        try
        {
            var query = new GetOrganizationAccessQuery(actor, organizationId);
            var decision = await mediator.Send(query, context.RequestAborted);
            await WriteAsync(context, StatusCodes.Status200OK, AccessJson.Of(decision));
        }
        catch (Exception exception) when (GraphQLErrorMapper.IsOutage(exception))
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(OrganizationAccessEndpoint));
            AccessLog.ServiceUnavailable(logger, exception, organizationId);
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, AccessJson.ServiceUnavailable);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = AccessJson.ContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
