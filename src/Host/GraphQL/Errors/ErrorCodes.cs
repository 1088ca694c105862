using System.Text;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Host.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values of GraphQL errors that are not validation errors.</summary>
public static class ErrorCodes
{
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    public static string ServiceUnavailable { get; } = Of(ErrorCode.ServiceUnavailable);

    public static string SmsDeliveryFailed { get; } = Of(ErrorCode.SmsDeliveryFailed);

    /// <summary>
    /// The public form of a refusal code: <c>ReauthenticationRequired</c> becomes
    /// <c>REAUTHENTICATION_REQUIRED</c>.
    /// </summary>
    public static string Of(ErrorCode code)
    {
        var name = code.ToString();
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}
