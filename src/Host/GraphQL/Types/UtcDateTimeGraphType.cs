using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace TwoStep.Host.GraphQL.Types;

/// <summary>The <c>DateTime</c> scalar: an ISO 8601 instant in UTC, such as <c>2025-01-31T09:30:00.000Z</c>.</summary>
public sealed class UtcDateTimeGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // An instant needs its offset: "Z" or "+hh:mm".
    private static readonly string[] InputFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public UtcDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "An instant in ISO 8601 form, in UTC.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        DateTime time => time.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToUniversalTime(),
        string text => ParseText(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseText((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    private static DateTimeOffset ParseText(string text)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, InputFormats, CultureInfo.InvariantCulture, styles, out var instant))
        {
            return instant;
        }

        throw new FormatException("A DateTime must be an ISO 8601 instant.");
    }
}
