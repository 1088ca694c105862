using System.Net;
using System.Text.Json;

namespace TwoStep.Host.Tests.Support;

/// <summary>An HTTP answer of the GraphQL endpoint, read as a person looking at it would.</summary>
public sealed record GraphQLAnswer(
    HttpStatusCode Status,
    string? MediaType,
    IReadOnlyCollection<string> Allow,
    string Text)
{
    public JsonElement Body => JsonDocument.Parse(Text).RootElement;

    public JsonElement Data => Body.GetProperty("data");

    public bool HasData => Body.TryGetProperty("data", out _);

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public string? ErrorCode =>
        Errors.Count == 0 ? null : Errors[0].GetProperty("extensions").GetProperty("code").GetString();

    public string? ErrorMessage => Errors.Count == 0 ? null : Errors[0].GetProperty("message").GetString();
}
