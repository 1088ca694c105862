using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using TwoStep.Host.GraphQL.Errors;
using TwoStep.Host.GraphQL.Validation;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP as the GraphQL-over-HTTP specification describes it: the response media type
/// follows Accept, and the status code follows the media type (with graphql-response+json a request
/// that never executed is a 4xx; with application/json every well-formed request is a 200).
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<TwoStepSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options)
{
    private static readonly IValidationRule[] GetRules =
    [
        .. DocumentValidator.CoreRules,
        QueriesOnlyOverGetRule.Instance,
        NoSubscriptionsOverHttpRule.Instance,
    ];

    private static readonly IValidationRule[] PostRules =
    [
        .. DocumentValidator.CoreRules,
        NoSubscriptionsOverHttpRule.Instance,
    ];

    // A cached document passed every rule once; these depend on the request, so they run again.
    private static readonly IValidationRule[] CachedGetRules =
    [
        QueriesOnlyOverGetRule.Instance,
        NoSubscriptionsOverHttpRule.Instance,
    ];

    private static readonly IValidationRule[] CachedPostRules = [NoSubscriptionsOverHttpRule.Instance];

    private readonly GraphQLRequestReader _reader = new(serializer);

    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = ResponseMediaType.Negotiate(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            var failure = new RequestFailure(
                StatusCodes.Status406NotAcceptable,
                ErrorCodes.NotAcceptable,
                "Accept application/graphql-response+json or application/json.");
            await WriteFailureAsync(context, ResponseMediaType.Json, failure);
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method);
        var reading = isGet
            ? _reader.FromQueryString(context.Request.Query)
            : await _reader.FromBodyAsync(context.Request, options.Value.MaxRequestBytes);
        if (reading.Failure is { } refused)
        {
            await WriteFailureAsync(context, mediaType, refused);
            return;
        }

        var result = await ExecuteAsync(context, reading.Request!, isGet);

        var status = StatusOf(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
        }

        await WriteAsync(context, mediaType, status, result);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        var rules = isGet ? GetRules : PostRules;
        var cachedRules = isGet ? CachedGetRules : CachedPostRules;
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = context.User,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
            ValidationRules = rules,
            CachedDocumentValidationRules = cachedRules,
        });
    }

    private static int StatusOf(ExecutionResult result, ResponseMediaType mediaType)
    {
        var errors = result.Errors ?? [];
        if (errors.Any(error => error is HttpMethodNotAllowedError))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(error => error.Code == ErrorCodes.InternalServerError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        if (errors.Any(error => error.Code == ErrorCodes.ServiceUnavailable))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        return mediaType.IsGraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private Task WriteFailureAsync(HttpContext context, ResponseMediaType mediaType, RequestFailure failure)
    {
        var result = new ExecutionResult
        {
            Errors = [new TwoStepError(failure.Code, failure.Message)],
        };
        return WriteAsync(context, mediaType, failure.StatusCode, result);
    }

    private async Task WriteAsync(
        HttpContext context,
        ResponseMediaType mediaType,
        int status,
        ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType.ContentType;
        // Answers hold personal data (the caller's own phone number, recovery codes).
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }
}
