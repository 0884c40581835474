using System.Diagnostics;
using System.Net;

namespace PromoMonth.FaultTests;

/// <summary>
/// The Redis primary killed with SIGKILL while consumers read the public pages: the Sentinels agree it is down and
/// promote the replica, the gateway and the services follow them to it, no public read fails on the way (the services'
/// fail-safe caches and the limiter's fail-open answer meanwhile), and the rate limits hold again on the new primary.
/// </summary>
[Collection(ClusterSystemCollection.Name)]
[Trait("Topology", "cluster")]
public sealed class RedisPrimaryLossTests(ClusterSystemFixture system)
{
    [Fact]
    public async Task Sentinel_promotes_the_replica_no_public_read_fails_and_rate_limits_resume()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        // A published catalog to read, and a partner whose bucket (3, refilled by 1 a minute) shows the limiter working.
        await PublicReader.PublishCatalogAsync(system.Gateway, ministry);
        var probe = await ClientAdministration.CreateAsync(system.Gateway, ministry, "hotline", null, ["complaints.intake"],
            clientId: SystemFixture.ThrottledClient);
        var throttled = (await Tokens.RequestAsync(system.Gateway, probe.ClientId, probe.Secret)).AccessToken!;
        var reader = new PublicReader(system.Gateway);
        var primary = await system.RedisPrimaryAsync();

        using var stop = new CancellationTokenSource();
        var reads = reader.ReadUntilAsync(stop.Token);
        await Settled.ReachedAsync(() => Task.FromResult(reader.Answered >= 20));
        var killed = Stopwatch.StartNew();
        ClusterControl.KillProcess(await ClusterControl.RedisProcessIdAsync(primary));
        var (promoted, promotedTo) = await Settled.ReachedAsync(
            system.RedisPrimaryAsync, now => now != primary);
        var promotion = killed.Elapsed;
        // The limits hold again when the partner's fourth call in a minute is refused: the buckets live on the new primary.
        var (limited, _) = await Settled.ReachedAsync(
            async () =>
            {
                using var answer = await system.Gateway.SendAsync(
                    HttpMethod.Get, "/api/complaints/respondents/91310000MA1FL1234Q", throttled);
                return answer.StatusCode;
            },
            status => status == HttpStatusCode.TooManyRequests);
        var resumed = killed.Elapsed;
        // And the reads go on a while on the new primary, past the moment every client has followed the Sentinels.
        var readsAtResume = reader.Reads;
        await Settled.ReachedAsync(() => Task.FromResult(reader.Reads >= readsAtResume + 20));
        await stop.CancelAsync();
        await reads;

        var outcome = new FaultOutcome(
            $"Redis primary (:{primary}) killed (SIGKILL) under public reads, replica (:{promotedTo}) promoted",
            Sent: reader.Reads, Acknowledged: reader.Answered, Present: reader.Answered, Duplicates: 0,
            Lost: reader.Reads - reader.Answered,
            $"promoted after {promotion.TotalSeconds:F0} s; rate limits refusing again after {resumed.TotalSeconds:F0} s; "
            + $"reads not answered 200: {reader.Failures}");
        FaultReport.Record(outcome);
        Assert.True(promoted, "the Sentinels promoted no replica");
        Assert.True(limited, "the rate limits did not hold again after the failover");
        Assert.True(outcome.Kept, outcome.ToString());
    }
}
