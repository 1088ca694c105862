using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TwoStep.Host.Tests.Support;

public static class GraphQLClient
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static Task<GraphQLAnswer> PostGraphQLAsync(
        this HttpClient client,
        string query,
        object? variables = null,
        string? token = null,
        string accept = GraphQLResponse)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return client.PostRawAsync(body, "application/json", token, accept);
    }

    public static async Task<GraphQLAnswer> PostRawAsync(
        this HttpClient client,
        string body,
        string? contentType,
        string? token = null,
        string? accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await client.SendGraphQLAsync(request, token, accept);
    }

    public static async Task<GraphQLAnswer> GetGraphQLAsync(
        this HttpClient client,
        string query,
        string? token = null,
        string? accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        return await client.SendGraphQLAsync(request, token, accept);
    }

    private static async Task<GraphQLAnswer> SendGraphQLAsync(
        this HttpClient client,
        HttpRequestMessage request,
        string? token,
        string? accept)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.Allow.ToList(),
            text);
    }
}
