using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace TwoStep.Host.Auth;

/// <summary>
/// Reads the <c>iss</c> of a compact JWT without validating anything, only to pick the scheme that
/// will validate it. It decodes the payload segment alone and stops at <c>iss</c>: it runs on every
/// request, so it builds no claim set.
/// </summary>
public static class UnvalidatedIssuer
{
    private const int MaxPayloadChars = 16 * 1024;

    /// <summary>The issuer, or <c>null</c> when <paramref name="token"/> is not a readable JWS.</summary>
    public static string? Read(ReadOnlySpan<char> token)
    {
        var firstDot = token.IndexOf('.');
        if (firstDot < 0)
        {
            return null;
        }

        var rest = token[(firstDot + 1)..];
        var secondDot = rest.IndexOf('.');
        if (secondDot <= 0 || secondDot > MaxPayloadChars)
        {
            return null;
        }

        var payload = rest[..secondDot];
        if (!Base64Url.IsValid(payload))
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(payload.Length));
        try
        {
            return Base64Url.TryDecodeFromChars(payload, buffer, out var written)
                ? IssuerOf(buffer.AsSpan(0, written))
                : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? IssuerOf(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isIssuer = reader.ValueTextEquals("iss"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isIssuer)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
