using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PromoMonth.IntegrationTests.Infrastructure;

/// <summary>
/// Ports for the servers a test starts. They are chosen outside the kernel's ephemeral range: a port the kernel hands
/// out for "any free port" can become the local end of an outgoing connection before the server binds it, and a
/// RabbitMQ started half a minute later then fails with eaddrinuse.
/// </summary>
public static class ListeningPorts
{
    private const string EphemeralRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
    private const int LowestChosen = 20000;
    private const int Attempts = 1000;

    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    /// <summary>The kernel's ephemeral range, from which outgoing connections take their local ports.</summary>
    public static (int Low, int High) EphemeralRange { get; } = ReadEphemeralRange();

    /// <summary>A port nothing listens on, not in the ephemeral range, and not given before in this process.</summary>
    public static int Next()
    {
        var (from, to) = Choosable();
        lock (Gate)
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var port = Random.Shared.Next(from, to);
                if (!Given.Contains(port) && IsFree(port))
                {
                    Given.Add(port);
                    return port;
                }
            }
        }
        throw new InvalidOperationException($"no free port in [{from}, {to}) after {Attempts} attempts");
    }

    private static (int From, int To) Choosable()
    {
        var (low, high) = EphemeralRange;
        if (low - LowestChosen >= 2000)
        {
            return (LowestChosen, low);
        }
        // A widened ephemeral range leaves room above it, or none at all: then any port is as good as another.
        return high <= 63000 ? (high + 1, 65536) : (LowestChosen, 65536);
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static (int Low, int High) ReadEphemeralRange()
    {
        if (!File.Exists(EphemeralRangeFile))
        {
            return (32768, 60999);
        }
        var bounds = File.ReadAllText(EphemeralRangeFile).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return (int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[1], CultureInfo.InvariantCulture));
    }
}
