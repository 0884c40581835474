using System.Globalization;
using System.Text;

namespace PromoMonth.AppHost.Infrastructure;

/// <summary>HAProxy's configuration for the cluster on this machine: the broker's nodes behind one AMQP port.</summary>
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
}
