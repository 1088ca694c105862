namespace TwoStep.Application.Webhooks;

/// <summary>
/// Where an organization's events are posted. No <see cref="EventTypes"/> means every type; a
/// disabled endpoint gets nothing new and says why in <see cref="DisabledReason"/>.
/// </summary>
public sealed record WebhookEndpoint(
    Guid Id,
    string OrganizationId,
    string Url,
    IReadOnlyList<string> EventTypes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt,
    string? DisabledReason)
{
    public bool Enabled => DisabledAt is null;
}
