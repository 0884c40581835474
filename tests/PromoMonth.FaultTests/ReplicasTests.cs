using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Contracts;

namespace PromoMonth.FaultTests;

/// <summary>
/// The same stream of intakes and registry writes against two replicas of every service: writes land once, events take
/// effect once, both replicas' relays publish, and the overdue and deadline watches of two replicas announce once.
/// </summary>
[Collection(ReplicatedSystemCollection.Name)]
public sealed class ReplicasTests(ReplicatedSystemFixture system)
{
    private const string Region = "360000";
    private const string Category = "service";
    private const int ReportingUnits = 37;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Two_replicas_of_every_service_double_nothing_and_announce_once()
    {
        await using var received = await EventListener<ComplaintReceived>.StartAsync(system);
        await using var caseOverdue = await EventListener<ComplaintOverdue>.StartAsync(system);
        await using var reportOverdue = await EventListener<ReportOverdue>.StartAsync(system);
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Region}");
        var hotlineToken = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var hotline = new Hotline(system.Gateway, hotlineToken, Region, Category);
        var references = Enumerable.Range(0, FaultScale.Requests).Select(_ => $"replica-{Guid.NewGuid():N}"[..24]).ToList();

        // A reporting period falling due while the stream runs: both statistics replicas' deadline watches see it.
        var period = $"replicas-{Guid.NewGuid():N}"[..30];
        using (var opened = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period, campaignCode = "2020", kind = "interim", name = "副本演练 (replica drill)",
            startsOn = "2020-09-09", endsOn = "2020-09-22", dueAt = DateTimeOffset.UtcNow.AddSeconds(5), graceWorkingDays = 1,
        }))
        {
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }

        // Concurrent posts, so both complaints replicas take writes and both relays have rows to publish.
        var registered = new List<string>();
        var registrations = 0;
        foreach (var (batch, index) in references.Chunk(8).Select((batch, index) => (batch, index)))
        {
            await Task.WhenAll(batch.Select(hotline.PostAsync));
            if (index % 2 == 0)
            {
                registrations++;
                var code = CreditCodes.Fresh(Region);
                using var answer = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit,
                    new { creditCode = code, name = $"副本演练企业{registrations}", regionCode = Region });
                if (answer.StatusCode == HttpStatusCode.Created)
                {
                    registered.Add(code);
                }
            }
        }
        await hotline.RetryUnacknowledgedAsync(references, TimeSpan.FromMinutes(2));

        // Cases received on 2020-09-30 are past their seven working days at once: both overdue watches race for them.
        var late = new List<Guid>();
        foreach (var reference in Enumerable.Range(0, FaultScale.Requests / 10).Select(_ => $"overdue-{Guid.NewGuid():N}"[..24]))
        {
            using var answer = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotlineToken,
                Hotline.Case(reference, Region, "price", receivedAt: new DateTimeOffset(2020, 9, 30, 15, 0, 0, Beijing)));
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            late.Add(Guid.Parse((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!));
        }

        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var known = await Hotline.RespondentsKnownAsync(system.Gateway, ministry, registered);
        await Settled.ReachedAsync(() => Task.FromResult(late.All(id => caseOverdue.Received.Any(e => e.CaseId == id))
            && reportOverdue.Received.Count(e => e.PeriodCode == period) >= ReportingUnits));
        // Absence of a second announcement is shown only by waiting: several more ticks of both watches (one a second).
        await Task.Delay(TimeSpan.FromSeconds(5));

        var relays = received.Deliveries
            .Where(d => d.Message.ResponsibleRegion == Region)
            .Where(d => string.Equals(d.Message.Category, Category, StringComparison.OrdinalIgnoreCase))
            .Select(d => d.PublisherProcess).Distinct().Count();
        const int replicas = ReplicatedSystemFixture.Replicas;
        var intake = Settled.Outcome($"{replicas} replicas of every service: intake kept, counted once",
            hotline.Sent, acknowledged, held, counted, $"ComplaintReceived published by {relays} relay processes");
        var registry = new FaultOutcome($"{replicas} replicas: registry writes reach complaints",
            Sent: registrations, Acknowledged: registered.Count, Present: known, Duplicates: 0, Lost: registered.Count - known,
            "EnterpriseRegistered → known respondents");
        var cases = Announcements.Once(caseOverdue.Deliveries.Where(d => late.Contains(d.Message.CaseId))
                .Select(d => (d.Message.CaseId.ToString(), d.MessageId)), late.Count,
            $"{replicas} replicas: overdue cases announced once", "ComplaintOverdue per case received 2020-09-30");
        var deadlines = Announcements.Once(reportOverdue.Deliveries.Where(d => d.Message.PeriodCode == period)
                .Select(d => (d.Message.RegionCode, d.MessageId)), ReportingUnits,
            $"{replicas} replicas: report deadline announced once", "ReportOverdue per unit for a period falling due mid-stream");
        foreach (var outcome in new[] { intake, registry, cases, deadlines })
        {
            FaultReport.Record(outcome);
        }

        Assert.True(intake.Kept, intake.ToString());
        Assert.True(registry.Kept, registry.ToString());
        Assert.True(cases.Kept, cases.ToString());
        Assert.True(deadlines.Kept, deadlines.ToString());
        Assert.Equal(references.Count, acknowledged);
        Assert.True(relays >= 2, $"Only {relays} relay process published the intake's events.");
    }
}
