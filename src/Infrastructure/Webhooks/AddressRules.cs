using System.Net;
using System.Net.Sockets;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: public unicast only. Loopback, private, link-local,
/// carrier-grade NAT, unspecified, multicast, documentation and translation ranges are refused,
/// so a registered URL cannot be aimed at the service's own network.
/// </summary>
public static class AddressRules
{
    private static readonly (IPAddress Network, int Prefix)[] BlockedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] BlockedV6 =
    [
        (IPAddress.Parse("::"), 96),
        (IPAddress.Parse("64:ff9b::"), 96),
        (IPAddress.Parse("64:ff9b:1::"), 48),
        (IPAddress.Parse("100::"), 64),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("2002::"), 16),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return false;
        }

        var blocked = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => BlockedV4,
            AddressFamily.InterNetworkV6 => BlockedV6,
            _ => null,
        };
        return blocked is not null && !blocked.Any(range => InRange(address, range.Network, range.Prefix));
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        var bytes = address.GetAddressBytes();
        var networkBytes = network.GetAddressBytes();
        for (var bit = 0; bit < prefix; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((bytes[bit / 8] & mask) != (networkBytes[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
