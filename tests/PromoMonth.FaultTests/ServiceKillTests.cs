namespace PromoMonth.FaultTests;

/// <summary>The complaints service killed with SIGKILL in the middle of a stream of intakes, and started again.</summary>
[Collection(SystemCollection.Name)]
public sealed class ServiceKillTests(SystemFixture system)
{
    private const string Region = "350000";
    private const string Category = "service";

    [Fact]
    public async Task Nothing_acknowledged_is_lost_and_nothing_is_counted_twice()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var hotline = new Hotline(system.Gateway, await Tokens.ForAsync(system.Gateway, "hotline-12315"), Region, Category);
        var references = Enumerable.Range(0, FaultScale.Requests).Select(_ => $"kill-{Guid.NewGuid():N}"[..24]).ToList();

        // Requests in flight when the process dies: some committed without an answer, which the hotline's retries must not double.
        var stream = hotline.StreamAsync(references);
        await Settled.ReachedAsync(() => Task.FromResult(hotline.Acknowledged.Count >= references.Count / 3));
        await system.KillAndRestartAsync("complaints", "PromoMonth.Complaints");
        await stream;
        await hotline.RetryUnacknowledgedAsync(references, TimeSpan.FromMinutes(2));

        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var outcome = Settled.Outcome("complaints killed (SIGKILL) mid-stream, restarted", hotline.Sent, acknowledged, held, counted,
            $"{hotline.Sent - references.Count} posts failed or were retried with the same reference (refused: {hotline.Refusals})");
        FaultReport.Record(outcome);
        Assert.True(outcome.Kept, outcome.ToString());
        Assert.Equal(references.Count, acknowledged);
    }
}
