namespace TwoStep.Domain.Organizations;

/// <summary>Why a session may not use an organization.</summary>
public enum AccessDenialReason
{
    NotAMember,
    EnrollmentRequired,
    TwoStepRequired,
}
