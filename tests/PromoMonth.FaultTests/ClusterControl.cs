using System.Diagnostics;
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
            .Select(host => int.Parse(host.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return $"pg-node-{ports.IndexOf(primaryPort) + 1}";
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
