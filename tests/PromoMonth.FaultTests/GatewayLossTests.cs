namespace PromoMonth.FaultTests;

/// <summary>
/// One of the two gateways killed with SIGKILL while a hotline posts and consumers read through the load balancer:
/// HAProxy sends a refused connection to the other gateway at once and takes the dead one out within two seconds, so
/// only the requests in flight in the dead gateway fail, and a hotline's retry of one of them lands once.
/// </summary>
[Collection(ClusterSystemCollection.Name)]
[Trait("Topology", "cluster")]
public sealed class GatewayLossTests(ClusterSystemFixture system)
{
    private const string Region = "440000";
    private const string Category = "quality";

    /// <summary>The hotline posts eight at a time and the reader reads one at a time: at most this many are in flight.</summary>
    private const int InFlight = 8 + 1;

    [Fact]
    public async Task The_balancer_stops_sending_to_it_and_only_requests_in_flight_fail()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var hotline = new Hotline(system.Gateway, await Tokens.ForAsync(system.Gateway, "hotline-12315"), Region, Category);
        var references = Enumerable.Range(0, FaultScale.Requests).Select(_ => $"gwkill-{Guid.NewGuid():N}"[..24]).ToList();
        await PublicReader.PublishCatalogAsync(system.Gateway, ministry);
        var reader = new PublicReader(system.Gateway);
        var gateways = await system.ServiceProcessesAsync("PromoMonth.Gateway");
        Assert.Equal(2, gateways.Count);

        using var stop = new CancellationTokenSource();
        var reads = reader.ReadUntilAsync(stop.Token);
        var stream = hotline.StreamAsync(references);
        await Settled.ReachedAsync(() => Task.FromResult(hotline.Acknowledged.Count >= references.Count / 3));
        var failedBefore = hotline.Failed + reader.Failed;
        ClusterControl.KillProcess(gateways[0]);
        await stream;
        var readsAtEnd = reader.Reads;
        await Settled.ReachedAsync(() => Task.FromResult(reader.Reads >= readsAtEnd + 20));
        await stop.CancelAsync();
        await reads;
        var failed = hotline.Failed + reader.Failed - failedBefore;
        await hotline.RetryUnacknowledgedAsync(references, TimeSpan.FromMinutes(2));

        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var outcome = Settled.Outcome("one of two gateways killed (SIGKILL) under intakes and public reads", hotline.Sent,
            acknowledged, held, counted,
            $"{failed} requests failed at the kill (posts refused: {hotline.Refusals}; reads: {reader.Failures}) "
            + $"of {hotline.Sent + reader.Reads}; each failed post retried with its reference");
        FaultReport.Record(outcome);
        Assert.True(outcome.Kept, outcome.ToString());
        Assert.Equal(references.Count, acknowledged);
        Assert.Equal(0, hotline.AnsweredWith(500));
        Assert.True(failed <= InFlight, $"{failed} requests failed, more than the {InFlight} that can be in flight: {outcome}");
    }
}
