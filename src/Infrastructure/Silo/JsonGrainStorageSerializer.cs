using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace TwoStep.Infrastructure.Silo;

/// <summary>
/// Grain state as plain JSON: property names only, no .NET type or assembly names, so a
/// renamed or moved state type still reads the rows written before. Enums are stored by name,
/// except in the compact form of organization members (<see cref="CompactMemberConverter"/>);
/// characters outside ASCII (the dots of a masked number) are stored as they are, not escaped.
/// </summary>
public sealed class JsonGrainStorageSerializer : IGrainStorageSerializer
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public BinaryData Serialize<T>(T? input) =>
        new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);

        return JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
            ?? throw new JsonException($"Stored state of {typeof(T).Name} is null.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var objectForm = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Storage is never embedded in HTML, where these characters would need escaping.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        objectForm.Converters.Add(new JsonStringEnumConverter());

        var options = new JsonSerializerOptions(objectForm);
        options.Converters.Add(new CompactMemberConverter(objectForm));
        return options;
    }
}
