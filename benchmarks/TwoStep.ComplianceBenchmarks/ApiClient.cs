using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TwoStep.Benchmarks;

/// <summary>The admin's frontend: GraphQL reads of the compliance page, and the CSV download.</summary>
internal sealed class ApiClient(HttpClient client, Uri address, string token, string organizationId)
{
    private const string CountsQuery = """
        query($id: ID!) {
          organization(id: $id) {
            compliance { memberCount enrolledCount notEnrolledCount ssoManagedCount enrolledShare }
          }
        }
        """;

    private const string PageQuery = """
        query($id: ID!, $after: String, $filter: MemberFilter) {
          organization(id: $id) {
            members(first: 100, after: $after, filter: $filter) {
              totalCount
              pageInfo { hasNextPage endCursor }
              edges { node { user { id name email } roles twoStepStatus enrolledAt maskedPhoneNumber } }
            }
          }
        }
        """;

    public Task CountsAsync() => PostAsync(CountsQuery, new { id = organizationId });

    public Task PageAsync(string? after = null, object? filter = null) =>
        PostAsync(PageQuery, new { id = organizationId, after, filter });

    public HttpRequestMessage CsvRequest()
    {
        var path = $"/organizations/{organizationId}/members.csv";
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task PostAsync(string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/graphql"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = new StringContent(
            JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        using var json = JsonDocument.Parse(body);
        if (json.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"The API refused the benchmark's query: {errors}");
        }
    }
}
