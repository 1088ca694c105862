using TwoStep.Domain.Organizations;

namespace TwoStep.Application.Organizations;

/// <summary>
/// An <see cref="AccessDecision"/> as it crosses the grain call. Immutable, so a call inside the silo
/// passes it without a copy; there are only four values, each made once.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OrganizationAccess(
    [property: Id(0)] bool Allowed,
    [property: Id(1)] AccessDenialReason? Reason)
{
    private static readonly OrganizationAccess Allow = new(true, null);
    private static readonly OrganizationAccess NotAMember = new(false, AccessDenialReason.NotAMember);
    private static readonly OrganizationAccess EnrollmentRequired = new(false, AccessDenialReason.EnrollmentRequired);
    private static readonly OrganizationAccess TwoStepRequired = new(false, AccessDenialReason.TwoStepRequired);

    private static readonly AccessDecision DenyNotAMember = AccessDecision.Deny(AccessDenialReason.NotAMember);
    private static readonly AccessDecision DenyEnrollmentRequired =
        AccessDecision.Deny(AccessDenialReason.EnrollmentRequired);
    private static readonly AccessDecision DenyTwoStepRequired =
        AccessDecision.Deny(AccessDenialReason.TwoStepRequired);

    public static OrganizationAccess Of(AccessDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);

        return decision.Reason switch
        {
            null => Allow,
            AccessDenialReason.NotAMember => NotAMember,
            AccessDenialReason.EnrollmentRequired => EnrollmentRequired,
            AccessDenialReason.TwoStepRequired => TwoStepRequired,
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Unknown reason."),
        };
    }

    public AccessDecision ToDecision() => Reason switch
    {
        null => AccessDecision.Allow,
        AccessDenialReason.NotAMember => DenyNotAMember,
        AccessDenialReason.EnrollmentRequired => DenyEnrollmentRequired,
        AccessDenialReason.TwoStepRequired => DenyTwoStepRequired,
        _ => throw new InvalidOperationException("Unknown access denial reason."),
    };
}
