using System.Diagnostics;
using System.Net;

namespace PromoMonth.FaultTests;

/// <summary>
/// Redis hung, not stopped (SIGSTOP: its connections stay open and nothing answers), which is slower to notice than a
/// dead one: public reads through the gateway must not wait out a Redis timeout once the circuit around Redis is open.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RedisHangTests(SystemFixture system)
{
    private const int Readers = 4;

    /// <summary>The Redis client's timeout: a read slower than this waited for Redis instead of failing fast.</summary>
    private static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Public_reads_answer_fast_while_redis_is_frozen()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        // A published catalog to read, as in the Redis outage scenario.
        (await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { })).Dispose();
        var paths = new[] { "/api/catalog/activities?pageSize=5", "/api/verify/mark" };
        foreach (var path in paths)
        {
            using var warm = await system.Gateway.GetAsync(path);
        }
        var redis = await RedisProcessAsync();
        var latencies = new System.Collections.Concurrent.ConcurrentBag<(double Milliseconds, string Path)>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var hang = FaultScale.Full ? TimeSpan.FromSeconds(20) : FaultScale.Outage;

        Signal(redis, "STOP");
        try
        {
            using var until = new CancellationTokenSource(hang);
            await Task.WhenAll(Enumerable.Range(0, Readers).Select(reader => Task.Run(async () =>
            {
                for (var i = 0; !until.IsCancellationRequested; i++)
                {
                    // A query of its own per read, so the gateway's micro-cache does not answer it.
                    var path = $"{paths[i % paths.Length]}{(i % paths.Length == 0 ? '&' : '?')}probe={reader}-{i}";
                    var watch = Stopwatch.StartNew();
                    using var answer = await system.Gateway.GetAsync(path, CancellationToken.None);
                    latencies.Add((watch.Elapsed.TotalMilliseconds, path));
                    if (answer.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Add($"{(int)answer.StatusCode} {path}");
                    }
                }
            })));
        }
        finally
        {
            Signal(redis, "CONT");
        }

        var slowest = latencies.OrderByDescending(read => read.Milliseconds).Take(5)
            .Select(read => $"{read.Milliseconds:0} ms {read.Path}");
        var sorted = latencies.Select(read => read.Milliseconds).Order().ToArray();
        var p50 = Percentile(sorted, 0.50);
        var p99 = Percentile(sorted, 0.99);
        var note = $"reads during {hang.TotalSeconds:0} s frozen: p50 {p50:0} ms, p99 {p99:0} ms, max {sorted[^1]:0} ms";
        var outcome = new FaultOutcome("Redis frozen (SIGSTOP): public reads", sorted.Length, sorted.Length - failures.Count,
            sorted.Length - failures.Count, 0, failures.Count, note);
        FaultReport.Record(outcome);
        Assert.True(outcome.Kept, $"{outcome}: {string.Join(", ", failures.Take(5))}");
        Assert.True(p99 < RedisTimeout.TotalMilliseconds,
            $"reads waited for the frozen Redis: {note}; slowest: {string.Join(", ", slowest)}");
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {pid}");
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>This system's redis-server: the one listening on the port of its connection string.</summary>
    private async Task<int> RedisProcessAsync()
    {
        var connection = await system.App.GetConnectionStringAsync("redis")
            ?? throw new InvalidOperationException("No redis connection string.");
        var port = connection.Split(',')[0].Split(':')[^1];
        // Redis rewrites its command line to "redis-server 127.0.0.1:<port>", which Process.GetProcessesByName misreads.
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }
            try
            {
                var name = (await File.ReadAllTextAsync(Path.Combine(directory, "comm"))).Trim();
                var commandLine = await File.ReadAllTextAsync(Path.Combine(directory, "cmdline"));
                if (name == "redis-server" && commandLine.Contains($":{port}", StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }
        throw new InvalidOperationException($"No redis-server on port {port} is running.");
    }
}
