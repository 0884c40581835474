using System.Diagnostics;

namespace PromoMonth.FaultTests;

/// <summary>
/// The RabbitMQ node that leads the most quorum queues killed with SIGKILL in the middle of a stream of intakes: the
/// queues elect leaders on the other nodes, HAProxy stops sending to the dead one, the services reconnect through it,
/// and every acknowledged case is counted once by statistics (its events crossed the broker).
/// </summary>
[Collection(ClusterSystemCollection.Name)]
[Trait("Topology", "cluster")]
public sealed class RabbitMqNodeLossTests(ClusterSystemFixture system)
{
    private const string Region = "320000";
    private const string Category = "quality";

    [Fact]
    public async Task The_queues_survive_on_the_other_nodes_and_no_event_is_lost_or_doubled()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var hotline = new Hotline(system.Gateway, await Tokens.ForAsync(system.Gateway, "hotline-12315"), Region, Category);
        var references = Enumerable.Range(0, FaultScale.Requests).Select(_ => $"mqkill-{Guid.NewGuid():N}"[..24]).ToList();
        var leader = await system.RabbitMqQueueLeaderAsync();

        var stream = hotline.StreamAsync(references);
        await Settled.ReachedAsync(() => Task.FromResult(hotline.Acknowledged.Count >= references.Count / 3));
        var acknowledgedBefore = hotline.Acknowledged.Count;
        var countedBefore = await Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category);
        var killed = Stopwatch.StartNew();
        system.KillNode(leader);
        // Events flow again when statistics counts a case acknowledged after the kill.
        var (flowing, _) = await Settled.ReachedAsync(
            () => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category),
            counted => counted > Math.Max(countedBefore, acknowledgedBefore));
        var recovery = killed.Elapsed;
        await stream;
        await hotline.RetryUnacknowledgedAsync(references, TimeSpan.FromMinutes(2));

        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var outcome = Settled.Outcome($"RabbitMQ node leading the queues ({leader}) killed (SIGKILL) mid-stream", hotline.Sent,
            acknowledged, held, counted,
            $"events flowing again {recovery.TotalSeconds:F0} s after the kill; {countedBefore} counted at the kill; "
            + $"held {held}, counted {counted}; {hotline.Sent - references.Count} posts retried (refused: {hotline.Refusals})");
        FaultReport.Record(outcome);
        Assert.True(flowing, "no event reached statistics after the node was killed");
        Assert.Equal(0, hotline.AnsweredWith(500));
        Assert.True(outcome.Kept, outcome.ToString());
        Assert.Equal(references.Count, acknowledged);
    }
}
