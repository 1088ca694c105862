namespace TwoStep.Application.Integrations;

/// <summary>The event types integrators receive (SPEC, "Events for integrators"). Public: never rename.</summary>
public static class IntegratorEventTypes
{
    public const string EnrollmentEnabled = "two_step.enrollment.enabled";
    public const string EnrollmentDisabled = "two_step.enrollment.disabled";
    public const string EnrollmentPhoneChanged = "two_step.enrollment.phone_changed";
    public const string RequirementChanged = "organization.two_step_requirement.changed";
    public const string MemberComplianceChanged = "organization.member.compliance_changed";

    public static IReadOnlyList<string> All { get; } =
    [
        EnrollmentEnabled,
        EnrollmentDisabled,
        EnrollmentPhoneChanged,
        RequirementChanged,
        MemberComplianceChanged,
    ];
}
