namespace TwoStep.Infrastructure.Sms;

/// <summary>What Plivo answers: <c>message_uuid</c> on success, <c>api_id</c> always.</summary>
internal sealed record PlivoMessageResponse(IReadOnlyList<string>? MessageUuid, string? ApiId);
