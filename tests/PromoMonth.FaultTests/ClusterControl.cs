using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace PromoMonth.FaultTests;

/// <summary>Finds and kills the cluster's nodes as a machine's loss would: the node's whole process tree, with SIGKILL.</summary>
internal static class ClusterControl
{
    /// <summary>The pg_auto_failover node that is the primary now (pg-node-1 or pg-node-2), asked through the services' string.</summary>
    public static async Task<string> PostgresPrimaryAsync(this SystemFixture system)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("complaints-db"));
        await connection.OpenAsync();
        await using var port = new NpgsqlCommand("SELECT inet_server_port()", connection);
        var primaryPort = (int)(await port.ExecuteScalarAsync())!;
        var ports = new NpgsqlConnectionStringBuilder(connection.ConnectionString).Host!.Split(',')
            .Select(host => int.Parse(host.Split(':')[1], CultureInfo.InvariantCulture)).ToList();
        return $"pg-node-{ports.IndexOf(primaryPort) + 1}";
    }

    /// <summary>
    /// The RabbitMQ node (rabbitmq-node-N) that leads the most quorum queues: the one whose loss makes the most queues
    /// elect a new leader. Asked with rabbitmqctl, which shares the nodes' Erlang cookie through the node's home folder.
    /// </summary>
    public static async Task<string> RabbitMqQueueLeaderAsync(this SystemFixture system)
    {
        var folder = Path.Combine(system.StateDirectory, "cluster", "rabbitmq-node-1");
        var node = File.ReadAllText(Path.Combine(folder, "rabbitmq.conf")).Split('\n')
            .First(line => line.StartsWith("cluster_formation.classic_config.nodes.1", StringComparison.Ordinal)).Split('=')[1].Trim();
        var start = new ProcessStartInfo("/usr/lib/rabbitmq/bin/rabbitmqctl", ["-n", node, "-q", "list_queues", "name", "type", "leader"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = Path.Combine(folder, "home") },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var leaders = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 3 && columns[1] == "quorum")
            .GroupBy(columns => columns[2].Trim())
            .OrderByDescending(group => group.Count())
            .ToList();
        Assert.True(leaders.Count > 0, $"no quorum queue found: {output}");
        // promomonth-…-2@localhost is rabbitmq-node-2.
        var leader = leaders[0].Key;
        return $"rabbitmq-node-{leader[(leader.LastIndexOf('-') + 1)..leader.IndexOf('@', StringComparison.Ordinal)]}";
    }

    /// <summary>The port of the Redis primary the Sentinels name now.</summary>
    public static async Task<int> RedisPrimaryAsync(this ClusterSystemFixture system)
    {
        foreach (var sentinel in system.SentinelPorts)
        {
            var address = await RedisCliAsync(sentinel, "SENTINEL", "get-master-addr-by-name", "promomonth");
            if (address.Length == 2 && int.TryParse(address[1], CultureInfo.InvariantCulture, out var port))
            {
                return port;
            }
        }
        throw new InvalidOperationException("no Sentinel answered with the primary");
    }

    /// <summary>The process of the Redis on this port, as Redis itself reports it (it rewrites its command line).</summary>
    public static async Task<int> RedisProcessIdAsync(int port)
    {
        var info = await RedisCliAsync(port, "INFO", "server");
        var pid = info.First(line => line.StartsWith("process_id:", StringComparison.Ordinal));
        return int.Parse(pid["process_id:".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>SIGKILL to one process, as a machine's loss would end it.</summary>
    public static void KillProcess(int processId)
    {
        using var process = Process.GetProcessById(processId);
        process.Kill(entireProcessTree: true);
    }

    private static async Task<string[]> RedisCliAsync(int port, params string[] command)
    {
        var start = new ProcessStartInfo("redis-cli", ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), .. command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>SIGKILL to every process of the node: its manager and its server, as if the machine had gone.</summary>
    public static void KillNode(this SystemFixture system, string node)
    {
        var folder = Path.Combine(system.StateDirectory, "cluster", node);
        var roots = Process.GetProcesses().Where(p => CommandLine(p.Id).Contains(folder, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(roots);
        foreach (var process in roots)
        {
            using (process)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Gone already, with its parent's tree.
                }
            }
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
