using System.Net;

namespace PromoMonth.FaultTests;

/// <summary>
/// Redis stopped: the public reads answer from the services' fail-safe caches, rate limiting fails open (a partner
/// is not refused because the limiter's store is away; the gateway's own health shows the outage), writes go on.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RedisOutageTests(SystemFixture system)
{
    private const string Region = "360000";
    private const string Category = "service";

    [Fact]
    public async Task Public_reads_answer_without_5xx_and_writes_are_unaffected()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var hotline = new Hotline(system.Gateway, await Tokens.ForAsync(system.Gateway, "hotline-12315"), Region, Category);
        // A published catalog to read: the public reads must answer from what the services hold while Redis is away.
        (await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { })).Dispose();
        using (var warm = await system.Gateway.GetAsync("/api/catalog/activities?pageSize=5"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }
        var failedReads = new List<string>();

        await system.StopAsync("redis");
        var reads = 0;
        var readsAnswered = 0;
        var references = new List<string>();
        try
        {
            for (var i = 0; i < FaultScale.Requests / 2; i++)
            {
                foreach (var path in new[] { $"/api/catalog/activities?pageSize=5&probe={i}", $"/api/verify/mark?probe={i}" })
                {
                    reads++;
                    using var answer = await system.Gateway.GetAsync(path);
                    if (answer.StatusCode == HttpStatusCode.OK)
                    {
                        readsAnswered++;
                    }
                    else if (failedReads.Count < 5)
                    {
                        failedReads.Add($"{(int)answer.StatusCode} {path}");
                    }
                }
                var reference = $"redis-{Guid.NewGuid():N}"[..24];
                references.Add(reference);
                await hotline.PostAsync(reference);
            }
        }
        finally
        {
            await system.StartAsync("redis");
        }

        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var readOutcome = new FaultOutcome("Redis stopped: public catalog and verification",
            Sent: reads, Acknowledged: readsAnswered, Present: readsAnswered, Duplicates: 0, Lost: reads - readsAnswered,
            "every read answered 200 (fail-safe values)");
        var writeOutcome = Settled.Outcome("Redis stopped: intakes (rate limits fail open)", hotline.Sent, acknowledged, held, counted,
            "no 429 or 5xx while the limiter's store is away");
        FaultReport.Record(readOutcome);
        FaultReport.Record(writeOutcome);
        Assert.True(readOutcome.Kept, $"{readOutcome}: {string.Join(", ", failedReads)}");
        Assert.True(writeOutcome.Kept, writeOutcome.ToString());
        Assert.Equal(references.Count, acknowledged);
    }
}
