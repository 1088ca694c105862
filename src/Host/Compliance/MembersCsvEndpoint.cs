using System.Text;
using Mediator;
using TwoStep.Application.Compliance;
using TwoStep.Application.Compliance.ExportMembers;
using TwoStep.Domain.Errors;
using TwoStep.Host.Auth;
using TwoStep.Host.GraphQL.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.Compliance;

/// <summary>
/// <c>GET /organizations/{id}/members.csv</c> with an admin's bearer token: every member that
/// matches <c>status</c> and <c>search</c>, streamed in batches. Before the first byte a refusal
/// is answered as <c>{"error":"CODE"}</c>: 401, 403 (<c>FORBIDDEN</c>, <c>TWO_STEP_REQUIRED</c>),
/// 404 (<c>NOT_FOUND</c>: no such organization, or not a member), 400 or 503.
/// </summary>
public static class MembersCsvEndpoint
{
    public const string Pattern = "/organizations/{id}/members.csv";

    private const int FlushEvery = 200;

    public static IEndpointConventionBuilder MapMembersCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Pattern, (RequestDelegate)HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var actor = ActorMapper.ToActor(context.User);
        if (actor is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, ErrorCode.Unauthenticated);
            return;
        }

        var request = context.Request;
        if (!MembersCsv.TryParseStatus(request.Query["status"], out var status))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, ErrorCode.BadUserInput);
            return;
        }

        var organizationId = (string)request.RouteValues["id"]!;
        var query = new ExportMembersQuery(actor, organizationId, new MemberFilter(status, request.Query["search"]));
        IAsyncEnumerable<ComplianceMember> rows;
        try
        {
            rows = await context.RequestServices.GetRequiredService<IMediator>().Send(query, context.RequestAborted);
        }
        catch (RefusalException refusal)
        {
            await RefuseAsync(context, StatusOf(refusal.Code), refusal.Code);
            return;
        }
        catch (Exception exception) when (GraphQLErrorMapper.IsOutage(exception))
        {
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, ErrorCode.ServiceUnavailable);
            return;
        }

        await WriteAsync(context, rows);
    }

    private static async Task WriteAsync(HttpContext context, IAsyncEnumerable<ComplianceMember> rows)
    {
        var response = context.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"members.csv\"";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 16 * 1024);
        await writer.WriteAsync(MembersCsv.Header + "\r\n");
        var written = 0;
        await foreach (var row in rows.WithCancellation(context.RequestAborted))
        {
            await writer.WriteAsync(MembersCsv.Row(row) + "\r\n");
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(context.RequestAborted);
            }
        }

        await writer.FlushAsync(context.RequestAborted);
    }

    private static int StatusOf(ErrorCode code) => code switch
    {
        ErrorCode.NotFound => StatusCodes.Status404NotFound,
        ErrorCode.BadUserInput => StatusCodes.Status400BadRequest,
        ErrorCode.Forbidden or ErrorCode.TwoStepRequired => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    private static async Task RefuseAsync(HttpContext context, int status, ErrorCode code)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"error":"{{ErrorCodes.Of(code)}}"}""");
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
