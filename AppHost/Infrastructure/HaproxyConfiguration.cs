using System.Globalization;
using System.Text;

namespace PromoMonth.AppHost.Infrastructure;

/// <summary>HAProxy's configurations for the cluster on this machine: the broker's nodes, and the gateways.</summary>
internal static class HaproxyConfiguration
{
    public static string ForBroker(int port, IReadOnlyList<int> nodePorts)
    {
        var text = new StringBuilder();
        text.AppendLine("global")
            .AppendLine("  maxconn 4096")
            .AppendLine("defaults")
            .AppendLine("  mode tcp")
            .AppendLine("  timeout connect 2s")
            // AMQP connections live for hours and carry their own heartbeats.
            .AppendLine("  timeout client 3h")
            .AppendLine("  timeout server 3h")
            .AppendLine("frontend amqp")
            .AppendLine(CultureInfo.InvariantCulture, $"  bind 127.0.0.1:{port}")
            .AppendLine("  default_backend rabbitmq")
            .AppendLine("backend rabbitmq")
            .AppendLine("  balance leastconn")
            // A node that stops answering is taken out within two seconds, and its connections are cut so clients
            // reconnect to a live one instead of waiting for their heartbeat to notice.
            .AppendLine("  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions");
        for (var i = 0; i < nodePorts.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  server rabbitmq-node-{i + 1} 127.0.0.1:{nodePorts[i]} check");
        }
        return text.ToString();
    }

    /// <summary>
    /// The gateways behind the public port. A gateway that stops answering its liveness probe is out within two
    /// seconds; before that, a request whose connection it refuses goes to the other one (redispatch), so callers see
    /// only the requests that were in flight in a dying gateway fail. The caller's address goes on in X-Forwarded-For.
    /// </summary>
    public static string ForGateways(int port, IReadOnlyList<int> gatewayPorts)
    {
        var text = new StringBuilder();
        text.AppendLine("global")
            .AppendLine("  maxconn 4096")
            .AppendLine("defaults")
            .AppendLine("  mode http")
            .AppendLine("  option forwardfor")
            .AppendLine("  option redispatch")
            .AppendLine("  retries 3")
            .AppendLine("  timeout connect 2s")
            .AppendLine("  timeout client 2m")
            .AppendLine("  timeout server 2m")
            .AppendLine("frontend partners")
            .AppendLine(CultureInfo.InvariantCulture, $"  bind 127.0.0.1:{port}")
            .AppendLine("  default_backend gateways")
            .AppendLine("backend gateways")
            .AppendLine("  balance roundrobin")
            .AppendLine("  option httpchk GET /alive")
            .AppendLine("  default-server inter 1s fall 2 rise 2");
        for (var i = 0; i < gatewayPorts.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  server gateway-{i + 1} 127.0.0.1:{gatewayPorts[i]} check");
        }
        return text.ToString();
    }
}
