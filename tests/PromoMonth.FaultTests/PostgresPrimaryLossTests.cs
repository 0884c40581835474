using System.Diagnostics;

namespace PromoMonth.FaultTests;

/// <summary>
/// The PostgreSQL primary's node killed with SIGKILL in the middle of a stream of intakes: pg_auto_failover promotes the
/// synchronous standby, the services reconnect to it, and every acknowledged case is there once and counted once.
/// </summary>
[Collection(ClusterSystemCollection.Name)]
[Trait("Topology", "cluster")]
public sealed class PostgresPrimaryLossTests(ClusterSystemFixture system)
{
    private const string Region = "330000";
    private const string Category = "quality";

    [Fact]
    public async Task The_standby_takes_over_and_no_acknowledged_case_is_lost_or_doubled()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var hotline = new Hotline(system.Gateway, await Tokens.ForAsync(system.Gateway, "hotline-12315"), Region, Category);
        var references = Enumerable.Range(0, FaultScale.Requests).Select(_ => $"pgkill-{Guid.NewGuid():N}"[..24]).ToList();
        var primary = await system.PostgresPrimaryAsync();

        var stream = hotline.StreamAsync(references);
        await Settled.ReachedAsync(() => Task.FromResult(hotline.Acknowledged.Count >= references.Count / 3));
        var acknowledgedBefore = hotline.Acknowledged.Count;
        var killed = Stopwatch.StartNew();
        system.KillNode(primary);
        // Writes are back when a case posted after the kill is acknowledged: one case, posted again until it is, as a
        // hotline retries.
        var probe = $"pgprobe-{Guid.NewGuid():N}"[..24];
        var (writable, _) = await Settled.ReachedAsync(() => hotline.PostAsync(probe), acknowledged => acknowledged);
        var recovery = killed.Elapsed;
        await stream;
        await hotline.RetryUnacknowledgedAsync(references, TimeSpan.FromMinutes(2));

        var promoted = await system.PostgresPrimaryAsync();
        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var outcome = Settled.Outcome($"PostgreSQL primary ({primary}) killed (SIGKILL) mid-stream, {promoted} promoted", hotline.Sent,
            acknowledged, held, counted,
            $"writes back after {recovery.TotalSeconds:F0} s; {acknowledgedBefore} acknowledged before the kill; "
            + $"held {held}, counted {counted}; "
            + $"{hotline.Sent - references.Count} posts failed or were retried (refused: {hotline.Refusals})");
        FaultReport.Record(outcome);
        Assert.True(writable, "no write succeeded after the primary was killed");
        Assert.NotEqual(primary, promoted);
        Assert.Equal(0, hotline.AnsweredWith(500));
        Assert.True(outcome.Kept, outcome.ToString());
        Assert.Equal(references.Count + 1, acknowledged);
    }
}
