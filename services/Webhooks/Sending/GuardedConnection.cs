using System.Net;
using System.Net.Sockets;

namespace PromoMonth.Webhooks.Sending;

/// <summary>
/// Connects a delivery only to an allowed address, checked after the name is resolved for this very connection, so a
/// receiver's DNS cannot be turned to an internal address between registration and delivery (DNS rebinding).
/// </summary>
public static class GuardedConnection
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> For(ReceiverPolicy policy) =>
        async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = addresses.Where(address => ReceiverAddresses.IsAllowed(address, policy.AllowLoopback)).ToArray();
            if (allowed.Length == 0)
            {
                throw new HttpRequestException($"{host} resolves to no public address; the delivery was not sent.");
            }
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
