namespace TwoStep.Domain.Errors;

/// <summary>
/// Stable refusal codes. Their names are part of the public API
/// (GraphQL <c>extensions.code</c>) and must never be renamed.
/// </summary>
public enum ErrorCode
{
    Unauthenticated,
    Forbidden,
    NotFound,
    BadUserInput,
    ReauthenticationRequired,
    InvalidPhoneNumber,
    PhoneNumberNotAllowed,
    SsoManaged,
    InvalidCode,
    CodeExpired,
    TooManyAttempts,
    RateLimited,
    NotEnrolled,
    AdminNotEnrolled,
    RequiredByOrganization,
    SmsDeliveryFailed,
    ServiceUnavailable,
    TwoStepRequired,
    InvalidWebhookUrl,
}
