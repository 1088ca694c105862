using System.Text;
using TwoStep.Infrastructure.Persistence;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// Seals webhook signing secrets under a key derived from the server secret, bound to the endpoint
/// id, so a copy of the database alone cannot sign deliveries and rows cannot be swapped.
/// </summary>
public sealed class WebhookSecretSealer(byte[] serverSecret)
{
    private readonly SealedBox _box = new(serverSecret, "twostep/webhook-secrets/v1");

    public byte[] Seal(Guid endpointId, string secret) =>
        _box.Seal(Encoding.UTF8.GetBytes(secret), endpointId.ToByteArray());

    /// <exception cref="System.Security.Cryptography.CryptographicException">
    /// Sealed under another secret or for another endpoint, or altered.
    /// </exception>
    public string Open(Guid endpointId, byte[] sealedSecret) =>
        Encoding.UTF8.GetString(_box.Open(sealedSecret, endpointId.ToByteArray()));
}
