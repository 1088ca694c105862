using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using TwoStep.Host.GraphQL.Errors;

namespace TwoStep.Host.GraphQL.Http;

/// <summary>Reads GraphQL requests from GET query strings and POST JSON bodies, strictly.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    private const string QueryKey = "query";
    private const string OperationNameKey = "operationName";
    private const string VariablesKey = "variables";
    private const string ExtensionsKey = "extensions";

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public GraphQLRequestReading FromQueryString(IQueryCollection query)
    {
        foreach (var key in new[] { QueryKey, OperationNameKey, VariablesKey, ExtensionsKey })
        {
            if (query[key].Count > 1)
            {
                return BadRequest($"The '{key}' parameter may appear only once.");
            }
        }

        var document = query[QueryKey].ToString();
        if (string.IsNullOrWhiteSpace(document))
        {
            return BadRequest("The request has no 'query' parameter.");
        }

        var variables = ReadMapParameter(query[VariablesKey], VariablesKey);
        var extensions = ReadMapParameter(query[ExtensionsKey], ExtensionsKey);
        if ((variables.Failure ?? extensions.Failure) is { } failure)
        {
            return new GraphQLRequestReading(null, failure);
        }

        return GraphQLRequestReading.Of(new GraphQLRequest
        {
            Query = document,
            OperationName = NullIfEmpty(query[OperationNameKey].ToString()),
            Variables = variables.Value,
            Extensions = extensions.Value,
        });
    }

    public async Task<GraphQLRequestReading> FromBodyAsync(HttpRequest request, int maxBytes)
    {
        if (!IsJsonContentType(request.ContentType))
        {
            return GraphQLRequestReading.Fail(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                "Send the request as application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return TooLarge(maxBytes);
        }

        try
        {
            using var json = JsonDocument.Parse(body, JsonOptions);
            return FromJson(json.RootElement);
        }
        catch (JsonException)
        {
            return BadRequest("The request body is not valid JSON.");
        }
    }

    private GraphQLRequestReading FromJson(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return BadRequest("Batched requests are not supported; send one operation per request.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return BadRequest("The request body must be a JSON object.");
        }

        if (!root.TryGetProperty(QueryKey, out var document) || document.ValueKind != JsonValueKind.String)
        {
            return BadRequest("The request needs a 'query' string.");
        }

        var operationName = Optional(root, OperationNameKey, JsonValueKind.String);
        var variables = Optional(root, VariablesKey, JsonValueKind.Object);
        var extensions = Optional(root, ExtensionsKey, JsonValueKind.Object);
        if ((operationName.Failure ?? variables.Failure ?? extensions.Failure) is { } failure)
        {
            return new GraphQLRequestReading(null, failure);
        }

        return GraphQLRequestReading.Of(new GraphQLRequest
        {
            Query = document.GetString(),
            OperationName = operationName.Value?.GetString(),
            Variables = ToInputs(variables.Value),
            Extensions = ToInputs(extensions.Value),
        });
    }

    private static (JsonElement? Value, RequestFailure? Failure) Optional(
        JsonElement root,
        string key,
        JsonValueKind kind)
    {
        if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return value.ValueKind == kind
            ? (value, null)
            : (null, BadRequest($"'{key}' must be {Describe(kind)} or null.").Failure);
    }

    private (Inputs? Value, RequestFailure? Failure) ReadMapParameter(StringValues parameter, string key)
    {
        var text = parameter.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(text, JsonOptions);
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Null => (null, null),
                JsonValueKind.Object => (ToInputs(json.RootElement), null),
                _ => (null, BadRequest($"'{key}' must be a JSON object.").Failure),
            };
        }
        catch (JsonException)
        {
            return (null, BadRequest($"'{key}' is not valid JSON.").Failure);
        }
    }

    private Inputs? ToInputs(JsonElement? element) =>
        element is { } value ? serializer.Deserialize<Inputs>(value.GetRawText()) : null;

    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var charset = parsed.Charset;
        return parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && (!charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancel)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), cancel)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Describe(JsonValueKind kind) =>
        kind == JsonValueKind.Object ? "a JSON object" : "a string";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static GraphQLRequestReading BadRequest(string message) =>
        GraphQLRequestReading.Fail(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private static GraphQLRequestReading TooLarge(int maxBytes) =>
        GraphQLRequestReading.Fail(
            StatusCodes.Status413PayloadTooLarge,
            ErrorCodes.PayloadTooLarge,
            $"The request body is larger than {maxBytes} bytes.");
}
