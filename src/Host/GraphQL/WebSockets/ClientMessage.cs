using System.Text.Json;

namespace TwoStep.Host.GraphQL.WebSockets;

/// <summary>A message from the client, checked for the shape its type requires.</summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>The message, or <c>null</c> when the text is not a well-formed protocol message.</summary>
    public static ClientMessage? Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return FromRoot(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ClientMessage? FromRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string? id = null;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (idElement.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            id = idElement.GetString();
        }

        JsonElement? payload = root.TryGetProperty("payload", out var payloadElement)
            && payloadElement.ValueKind != JsonValueKind.Null
            ? payloadElement.Clone()
            : null;

        var message = new ClientMessage(type.GetString()!, id, payload);
        return message.HasRequiredShape() ? message : null;
    }

    private bool HasRequiredShape() => Type switch
    {
        MessageTypes.ConnectionInit or MessageTypes.Ping or MessageTypes.Pong =>
            Payload is null || Payload.Value.ValueKind == JsonValueKind.Object,
        MessageTypes.Subscribe =>
            !string.IsNullOrEmpty(Id)
            && Payload is { ValueKind: JsonValueKind.Object } payload
            && payload.TryGetProperty("query", out var query)
            && query.ValueKind == JsonValueKind.String,
        MessageTypes.Complete => !string.IsNullOrEmpty(Id),
        _ => false,
    };
}
