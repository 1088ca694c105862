using GraphQL.Types;
using TwoStep.Domain.Organizations;

namespace TwoStep.Host.GraphQL.Organizations;

public sealed class AccessDenialReasonType : EnumerationGraphType
{
    public AccessDenialReasonType()
    {
        Name = "AccessDenialReason";
        Description = "Why a session may not use an organization.";

        Add("NOT_A_MEMBER", AccessDenialReason.NotAMember, "The user is not a member of the organization.");
        Add(
            "ENROLLMENT_REQUIRED",
            AccessDenialReason.EnrollmentRequired,
            "The organization requires two-step and the member has not turned it on.");
        Add(
            "TWO_STEP_REQUIRED",
            AccessDenialReason.TwoStepRequired,
            "The member is enrolled, but this session has no two-step token.");
    }
}
