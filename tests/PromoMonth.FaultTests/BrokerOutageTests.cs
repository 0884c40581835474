using System.Net;

namespace PromoMonth.FaultTests;

/// <summary>RabbitMQ stopped in the middle of a stream of complaint intakes and registry writes.</summary>
[Collection(SystemCollection.Name)]
public sealed class BrokerOutageTests(SystemFixture system)
{
    private const string Region = "340000";
    private const string Category = "service";

    [Fact]
    public async Task Every_acknowledged_write_is_kept_and_every_event_takes_effect_once_after_the_broker_returns()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Region}");
        var hotline = new Hotline(system.Gateway, await Tokens.ForAsync(system.Gateway, "hotline-12315"), Region, Category);
        var references = Enumerable.Range(0, FaultScale.Requests).Select(_ => $"broker-{Guid.NewGuid():N}"[..24]).ToList();
        var registered = new List<string>();
        var registrations = 0;
        Task? brokerBack = null;

        for (var i = 0; i < references.Count; i++)
        {
            if (i == references.Count / 3)
            {
                await system.StopAsync("rabbitmq");
                brokerBack = Task.Delay(FaultScale.Outage).ContinueWith(_ => system.StartAsync("rabbitmq"), TaskScheduler.Default).Unwrap();
            }
            await hotline.PostAsync(references[i]);
            if (i % 10 == 0)
            {
                registrations++;
                var code = CreditCodes.Fresh(Region);
                using var answer = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit,
                    new { creditCode = code, name = $"演练企业{i}", regionCode = Region });
                if (answer.StatusCode == HttpStatusCode.Created)
                {
                    registered.Add(code);
                }
            }
        }
        await brokerBack!;
        await hotline.RetryUnacknowledgedAsync(references, TimeSpan.FromMinutes(2));

        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var known = await Hotline.RespondentsKnownAsync(system.Gateway, ministry, registered);

        var intake = Settled.Outcome("RabbitMQ stopped: intake kept, counted by statistics", hotline.Sent, acknowledged, held, counted,
            $"broker down {FaultScale.Outage.TotalSeconds:0} s; {hotline.Sent - references.Count} retries (refused: {hotline.Refusals})");
        var registry = new FaultOutcome("RabbitMQ stopped: registry writes reach complaints",
            Sent: registrations, Acknowledged: registered.Count, Present: known, Duplicates: 0, Lost: registered.Count - known,
            "EnterpriseRegistered → known respondents");
        FaultReport.Record(intake);
        FaultReport.Record(registry);
        Assert.True(intake.Kept, intake.ToString());
        Assert.True(registry.Kept, registry.ToString());
        Assert.Equal(references.Count, acknowledged);
    }
}
