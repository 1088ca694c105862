namespace TwoStep.Application.Webhooks;

/// <summary>Decides whether TwoStep may post to a URL (scheme, and where its host name resolves).</summary>
public interface IWebhookUrlGuard
{
    /// <summary>The URL in canonical form, or an <c>INVALID_WEBHOOK_URL</c> refusal that says why.</summary>
    Task<string> CheckAsync(string url, CancellationToken cancellationToken);
}
