using System.Buffers.Text;
using System.Text.Json;

namespace TwoStep.Infrastructure.Tokens;

/// <summary>The JSON Web Key Set served at <c>/.well-known/jwks.json</c>: public halves only.</summary>
public static class JwksDocument
{
    public const string ContentType = "application/jwk-set+json";

    public static byte[] Write(IEnumerable<SigningKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var key in keys)
            {
                WriteKey(json, key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteKey(Utf8JsonWriter json, SigningKey key)
    {
        var point = key.PublicParameters.Q;
        json.WriteStartObject();
        json.WriteString("kty", "EC");
        json.WriteString("use", "sig");
        json.WriteString("alg", SigningKey.Algorithm);
        json.WriteString("kid", key.Kid);
        json.WriteString("crv", "P-256");
        json.WriteString("x", Base64Url.EncodeToString(point.X));
        json.WriteString("y", Base64Url.EncodeToString(point.Y));
        json.WriteEndObject();
    }
}
