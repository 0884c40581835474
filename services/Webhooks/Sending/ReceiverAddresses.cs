using System.Net;
using System.Net.Sockets;

namespace PromoMonth.Webhooks.Sending;

/// <summary>
/// Which addresses a webhook may be sent to: public ones only, so a subscription cannot make this service reach into the
/// ministry's own network (SSRF). Loopback is allowed only when the tests' receivers need it (Development).
/// </summary>
public static class ReceiverAddresses
{
    private static readonly IPNetwork[] NotPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("64:ff9b:1::/48"),
        IPNetwork.Parse("100::/64"),
        IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("fec0::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    /// <summary>Whether a connection to <paramref name="address"/> is allowed; IPv4 written as IPv6 is judged as IPv4.</summary>
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        var judged = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (allowLoopback && IPAddress.IsLoopback(judged))
        {
            return true;
        }
        return judged.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6
            && !NotPublic.Any(network => network.Contains(judged));
    }
}
