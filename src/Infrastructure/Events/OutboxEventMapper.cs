using System.Text.Json;
using TwoStep.Application.Integrations;
using TwoStep.Application.Organizations.Events;

namespace TwoStep.Infrastructure.Events;

/// <summary>The subscription event an outbox row stands for; <c>null</c> for a type no subscription carries.</summary>
internal static class OutboxEventMapper
{
    public static OrganizationEvent? Map(OutboxEvent stored)
    {
        using var document = JsonDocument.Parse(stored.Data);
        var data = document.RootElement;
        OrganizationEvent? mapped = stored.Type switch
        {
            IntegratorEventTypes.RequirementChanged => new RequirementChanged(
                stored.OrganizationId,
                stored.OccurredAt,
                data.GetProperty("required").GetBoolean(),
                data.GetProperty("changedBy").GetString() ?? string.Empty),
            IntegratorEventTypes.EnrollmentEnabled or IntegratorEventTypes.EnrollmentDisabled => new EnrollmentChanged(
                stored.OrganizationId,
                stored.OccurredAt,
                UserId(data),
                stored.Type == IntegratorEventTypes.EnrollmentEnabled),
            IntegratorEventTypes.MemberComplianceChanged => new MemberComplianceChanged(
                stored.OrganizationId,
                stored.OccurredAt,
                UserId(data),
                data.GetProperty("change").GetString() ?? string.Empty,
                data.GetProperty("status").GetString()),
            _ => null,
        };

        return mapped is null ? null : mapped with { EventId = stored.Id };
    }

    private static string UserId(JsonElement data) => data.GetProperty("userId").GetString() ?? string.Empty;
}
