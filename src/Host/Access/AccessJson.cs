using TwoStep.Domain.Organizations;

namespace TwoStep.Host.Access;

/// <summary>
/// Every body the access endpoint can answer, encoded once: the hot path writes bytes and
/// allocates nothing for the answer itself.
/// </summary>
internal static class AccessJson
{
    public const string ContentType = "application/json";

    public static ReadOnlyMemory<byte> Allowed { get; } = """{"allowed":true}"""u8.ToArray();

    public static ReadOnlyMemory<byte> NotAMember { get; } =
        """{"allowed":false,"reason":"NOT_A_MEMBER"}"""u8.ToArray();

    public static ReadOnlyMemory<byte> EnrollmentRequired { get; } =
        """{"allowed":false,"reason":"ENROLLMENT_REQUIRED"}"""u8.ToArray();

    public static ReadOnlyMemory<byte> TwoStepRequired { get; } =
        """{"allowed":false,"reason":"TWO_STEP_REQUIRED"}"""u8.ToArray();

    public static ReadOnlyMemory<byte> Unauthenticated { get; } = """{"error":"UNAUTHENTICATED"}"""u8.ToArray();

    public static ReadOnlyMemory<byte> ServiceUnavailable { get; } =
        """{"error":"SERVICE_UNAVAILABLE"}"""u8.ToArray();

    public static ReadOnlyMemory<byte> Of(AccessDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);

        return decision.Reason switch
        {
            null when decision.Allowed => Allowed,
            AccessDenialReason.NotAMember => NotAMember,
            AccessDenialReason.EnrollmentRequired => EnrollmentRequired,
            AccessDenialReason.TwoStepRequired => TwoStepRequired,
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Unknown access decision."),
        };
    }
}
