using System.Net;
using System.Net.Sockets;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// Opens delivery connections: the host is resolved here, every address is checked, and the
/// socket connects to a checked address. A name that resolved to a public address at registration
/// and to an internal one now (DNS rebinding) therefore reaches nothing.
/// </summary>
internal static class WebhookConnector
{
    public static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context,
        bool allowLocal,
        CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var allowed = allowLocal ? addresses : addresses.Where(AddressRules.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException("The webhook host resolves to no address TwoStep may reach.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
