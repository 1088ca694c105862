using System.Text.Json;
using System.Text.Json.Serialization;
using TwoStep.Domain.Organizations;

namespace TwoStep.Infrastructure.Silo;

/// <summary>
/// Members are most of an organization's stored state (100,000 of them in a large one, all written
/// again on every change), so each is stored as an array, <c>[userId, email, name, roles, status,
/// maskedPhoneNumber, enabledAt]</c> with roles and status as their numbers: about half the size of
/// an object with property names. A member stored as an object before still reads.
/// </summary>
internal sealed class CompactMemberConverter : JsonConverter<Member>
{
    private readonly JsonSerializerOptions _objectForm;

    /// <param name="objectForm">Options without this converter, for members stored as objects.</param>
    public CompactMemberConverter(JsonSerializerOptions objectForm) => _objectForm = objectForm;

    public override Member Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return JsonSerializer.Deserialize<Member>(ref reader, _objectForm)
                ?? throw new JsonException("A stored member is null.");
        }

        Expect(reader, JsonTokenType.StartArray);
        var userId = Next(ref reader).GetString() ?? throw new JsonException("A stored member has no user id.");
        var email = Next(ref reader).GetString();
        var name = Next(ref reader).GetString();
        var roles = (OrganizationRoles)Next(ref reader).GetInt32();
        var status = (MemberStatus)Next(ref reader).GetInt32();
        var masked = Next(ref reader).GetString();
        DateTimeOffset? enabledAt = Next(ref reader).TokenType == JsonTokenType.Null
            ? null
            : reader.GetDateTimeOffset();
        Expect(Next(ref reader), JsonTokenType.EndArray);

        return new Member(userId, email, name, roles, status, masked, enabledAt);
    }

    public override void Write(Utf8JsonWriter writer, Member value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);

        writer.WriteStartArray();
        writer.WriteStringValue(value.UserId);
        writer.WriteStringValue(value.Email);
        writer.WriteStringValue(value.Name);
        writer.WriteNumberValue((int)value.Roles);
        writer.WriteNumberValue((int)value.Status);
        writer.WriteStringValue(value.MaskedPhoneNumber);
        if (value.EnabledAt is { } enabledAt)
        {
            writer.WriteStringValue(enabledAt);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndArray();
    }

    private static ref Utf8JsonReader Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("A stored member ends early.");
        }

        return ref reader;
    }

    private static void Expect(in Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"A stored member has {reader.TokenType} where {token} belongs.");
        }
    }
}
