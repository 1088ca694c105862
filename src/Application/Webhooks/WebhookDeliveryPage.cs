namespace TwoStep.Application.Webhooks;

/// <summary>One page of an endpoint's deliveries, newest first.</summary>
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDelivery> Deliveries, bool HasNextPage, long TotalCount);
