using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace PromoMonth.FaultTests;

/// <summary>
/// Finds the replica that holds a claim right now: a transaction of its database whose last statement claimed rows
/// (an outbox relay's or a watch's <c>FOR UPDATE SKIP LOCKED</c>, the deadline watch's notice insert), traced from the
/// backend's client port to the socket of one of the service's processes.
/// </summary>
internal static class ClaimHolders
{
    public sealed record Claim(int ProcessId, string Statement);

    /// <summary>The first claim of a replica of the service seen within the time given, or null if none was seen.</summary>
    public static async Task<Claim?> HeldAsync(SystemFixture system, string database, string processName, TimeSpan within)
    {
        var processes = await system.ServiceProcessesAsync(processName);
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var claims = new NpgsqlCommand("""
            SELECT client_port, left(regexp_replace(query, '\s+', ' ', 'g'), 120) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
              AND (query ILIKE '%SKIP LOCKED%' OR query ILIKE '%INSERT INTO deadline_notices%')
            """, connection);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < within)
        {
            await using (var reader = await claims.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    if (Owner(reader.GetInt32(0), processes) is { } owner)
                    {
                        return new Claim(owner, reader.GetString(1));
                    }
                }
            }
            // Polled as fast as the database answers: a claim is held for milliseconds.
        }
        return null;
    }

    /// <summary>The process among <paramref name="processes"/> that owns the loopback socket with this local port.</summary>
    private static int? Owner(int localPort, IReadOnlyList<int> processes)
    {
        var inode = SocketInode(localPort);
        if (inode is null)
        {
            return null;
        }
        var target = $"socket:[{inode}]";
        foreach (var pid in processes)
        {
            try
            {
                if (Directory.EnumerateFiles($"/proc/{pid}/fd").Any(fd => new FileInfo(fd).LinkTarget == target))
                {
                    return pid;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process or one of its descriptors went meanwhile.
            }
        }
        return null;
    }

    private static string? SocketInode(int localPort)
    {
        var port = localPort.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length > 9 && columns[1].EndsWith($":{port}", StringComparison.Ordinal))
                {
                    return columns[9];
                }
            }
        }
        return null;
    }
}
