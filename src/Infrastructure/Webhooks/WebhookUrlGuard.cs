using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using TwoStep.Application.Webhooks;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// The URL rules at registration: absolute, <c>https</c>, no credentials, and a host whose every
/// address is public. Delivery checks the addresses again (<see cref="WebhookConnector"/>).
/// </summary>
internal sealed class WebhookUrlGuard(IOptions<WebhookOptions> options) : IWebhookUrlGuard
{
    private const int MaxLength = 2048;

    public async Task<string> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (url is null || url.Length > MaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw Invalid($"The webhook URL must be an absolute URL of at most {MaxLength} characters.");
        }

        var local = options.Value.AllowLocalUrls;
        if (uri.Scheme != Uri.UriSchemeHttps && !(local && uri.Scheme == Uri.UriSchemeHttp))
        {
            throw Invalid("The webhook URL must use https.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw Invalid("The webhook URL must not carry a user name or password.");
        }

        if (!local)
        {
            var addresses = await ResolveAsync(uri.DnsSafeHost, cancellationToken);
            if (addresses.Length == 0 || !addresses.All(AddressRules.IsPublic))
            {
                throw Invalid("The webhook URL must not resolve to a loopback, private or link-local address.");
            }
        }

        return uri.AbsoluteUri;
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            throw Invalid("The webhook URL's host name does not resolve.");
        }
    }

    private static RefusalException Invalid(string message) => new(ErrorCode.InvalidWebhookUrl, message);
}
