using System.Text.Json.Nodes;
using TwoStep.Application.Integrations;
using TwoStep.Application.Organizations;

namespace TwoStep.Infrastructure.Integrations;

/// <summary>
/// The integrator events an audit entry stands for. Data holds ids and states only: never codes,
/// secrets, phone numbers or email addresses.
/// </summary>
internal static class IntegratorEventMapper
{
    public static IReadOnlyList<IntegratorEvent> Map(string organizationId, AuditEntry entry) => entry.Action switch
    {
        AuditActions.RequirementChanged => [Requirement(organizationId, entry)],
        AuditActions.MemberEnrollmentChanged => Enrollment(organizationId, entry),
        AuditActions.MemberPhoneChanged =>
            [Member(IntegratorEventTypes.EnrollmentPhoneChanged, organizationId, entry.SubjectId)],
        AuditActions.MemberAdded => [Compliance(organizationId, entry.SubjectId, "joined", null)],
        AuditActions.MemberRemoved => [Compliance(organizationId, entry.SubjectId, "left", null)],
        _ => [],
    };

    private static IntegratorEvent Requirement(string organizationId, AuditEntry entry) => new(
        IntegratorEventTypes.RequirementChanged,
        null,
        new JsonObject
        {
            ["organizationId"] = organizationId,
            ["required"] = entry.Detail == AuditDetails.Required,
            ["changedBy"] = entry.ActorId,
        });

    private static List<IntegratorEvent> Enrollment(string organizationId, AuditEntry entry)
    {
        var events = new List<IntegratorEvent>(2);
        var (type, change) = entry.Detail switch
        {
            "ENROLLED" => (IntegratorEventTypes.EnrollmentEnabled, "enrolled"),
            "NOT_ENROLLED" => (IntegratorEventTypes.EnrollmentDisabled, "unenrolled"),
            _ => ((string?)null, "sso_managed"),
        };
        if (type is not null)
        {
            events.Add(Member(type, organizationId, entry.SubjectId));
        }

        events.Add(Compliance(organizationId, entry.SubjectId, change, entry.Detail));
        return events;
    }

    private static IntegratorEvent Member(string type, string organizationId, string? userId) => new(
        type,
        userId,
        new JsonObject { ["organizationId"] = organizationId, ["userId"] = userId });

    private static IntegratorEvent Compliance(string organizationId, string? userId, string change, string? status) =>
        new(
            IntegratorEventTypes.MemberComplianceChanged,
            userId,
            new JsonObject
            {
                ["organizationId"] = organizationId,
                ["userId"] = userId,
                ["change"] = change,
                ["status"] = status,
            });
}
