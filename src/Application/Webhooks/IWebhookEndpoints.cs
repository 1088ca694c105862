namespace TwoStep.Application.Webhooks;

/// <summary>The stored webhook endpoints and their deliveries. Secrets go in and never come out.</summary>
public interface IWebhookEndpoints
{
    Task<WebhookEndpoint> AddAsync(
        string organizationId,
        string url,
        IReadOnlyList<string> eventTypes,
        string secret,
        CancellationToken cancellationToken);

    Task<WebhookEndpoint?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookEndpoint>> ListAsync(string organizationId, CancellationToken cancellationToken);

    Task DisableAsync(Guid id, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Enables the endpoint again and makes everything it has not received due now, with a fresh
    /// retry schedule: what failed and what waited while it was disabled, in order.
    /// </summary>
    Task EnableAsync(Guid id, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="secret"/> the signing secret; the previous one also signs for a day.</summary>
    Task ReplaceSecretAsync(Guid id, string secret, CancellationToken cancellationToken);

    /// <summary>Deliveries of the endpoint, newest first, older than <paramref name="before"/>.</summary>
    Task<WebhookDeliveryPage> ListDeliveriesAsync(
        Guid endpointId,
        int first,
        long? before,
        CancellationToken cancellationToken);
}
