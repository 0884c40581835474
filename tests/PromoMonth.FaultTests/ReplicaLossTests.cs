using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Contracts;

namespace PromoMonth.FaultTests;

/// <summary>
/// One replica of every service killed with SIGKILL mid-stream, each (where its work allows) at the moment it holds a
/// claim: outbox rows it is publishing, cases the overdue watch is marking, notices the deadline watch is inserting.
/// Its transaction dies with it, the rows come free, and the other replica finishes the work: every case is counted
/// once, every overdue case and every missing report announced once.
/// </summary>
[Collection(ClusterSystemCollection.Name)]
[Trait("Topology", "cluster")]
public sealed class ReplicaLossTests(ClusterSystemFixture system)
{
    private const string Region = "340000";
    private const string Category = "service";
    private const int ReportingUnits = 37;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly TimeSpan ClaimWait = TimeSpan.FromSeconds(20);

    /// <summary>The services, the process each replica runs as, and its database (where its claims are seen).</summary>
    private static readonly (string Process, string Database)[] Services =
    [
        ("PromoMonth.Complaints", "complaints-db"),
        ("PromoMonth.Statistics", "statistics-db"),
        ("PromoMonth.EventRegistry", "registry-db"),
        ("PromoMonth.Licensing", "licensing-db"),
        ("PromoMonth.Webhooks", "webhooks-db"),
        ("PromoMonth.Identity", "identity-db"),
    ];

    [Fact]
    public async Task The_other_replica_finishes_the_claimed_work_and_nothing_is_announced_twice()
    {
        await using var caseOverdue = await EventListener<ComplaintOverdue>.StartAsync(system);
        await using var reportOverdue = await EventListener<ReportOverdue>.StartAsync(system);
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Region}");
        var hotlineToken = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var hotline = new Hotline(system.Gateway, hotlineToken, Region, Category);
        var references = Enumerable.Range(0, FaultScale.Requests).Select(_ => $"replkill-{Guid.NewGuid():N}"[..24]).ToList();
        // Cases received on 2020-09-30 are past their seven working days at once: the overdue watches claim them.
        var lateReferences = Enumerable.Range(0, FaultScale.Requests / 4).Select(_ => $"replate-{Guid.NewGuid():N}"[..24]).ToList();
        var late = new Hotline(system.Gateway, hotlineToken, Region, "price", new DateTimeOffset(2020, 9, 30, 15, 0, 0, Beijing));
        var period = await OpenPeriodFallingDueAsync(ministry, TimeSpan.FromSeconds(10));

        var stream = hotline.StreamAsync(references);
        var lateStream = late.StreamAsync(lateReferences);
        var registrations = RegisterEnterprisesAsync(unit, FaultScale.Requests / 8);
        await Settled.ReachedAsync(() => Task.FromResult(hotline.Acknowledged.Count >= references.Count / 4));

        var kills = new List<string>();
        foreach (var (process, database) in Services)
        {
            var claim = await ClaimHolders.HeldAsync(system, database, process, ClaimWait);
            var victim = claim?.ProcessId ?? (await system.ServiceProcessesAsync(process))[0];
            ClusterControl.KillProcess(victim);
            kills.Add(claim is null
                ? $"{process} (no claim seen)"
                : $"{process} holding \"{claim.Statement[..Math.Min(60, claim.Statement.Length)]}…\"");
        }
        await Task.WhenAll(stream, lateStream);
        var registered = await registrations;
        await hotline.RetryUnacknowledgedAsync(references, TimeSpan.FromMinutes(2));
        await late.RetryUnacknowledgedAsync(lateReferences, TimeSpan.FromMinutes(2));

        var acknowledged = hotline.Acknowledged.Count;
        var counted = await Settled.CountAsync(() => Hotline.CasesCountedAsync(system.Gateway, ministry, Region, Category), acknowledged);
        var held = await Hotline.CasesHeldAsync(system.Gateway, ministry, Region, Category);
        var lateCases = late.CaseIds.ToHashSet();
        await Settled.ReachedAsync(() => Task.FromResult(lateCases.All(id => caseOverdue.Received.Any(e => e.CaseId == id))
            && reportOverdue.Received.Count(e => e.PeriodCode == period) >= ReportingUnits));
        var known = await Hotline.RespondentsKnownAsync(system.Gateway, ministry, registered);
        // Absence of a second announcement is shown only by waiting: several more ticks of the watches (one a second).
        await Task.Delay(TimeSpan.FromSeconds(5));

        var killed = string.Join("; ", kills);
        var intake = Settled.Outcome("one replica of every service killed (SIGKILL) holding claims: intake counted once",
            hotline.Sent, acknowledged, held, counted, $"killed: {killed}; refused: {hotline.Refusals}");
        var registry = new FaultOutcome("one replica of every service killed: registry writes reach complaints",
            Sent: registered.Count, Acknowledged: registered.Count, Present: known, Duplicates: 0, Lost: registered.Count - known,
            "EnterpriseRegistered → known respondents");
        var cases = Announcements.Once(caseOverdue.Deliveries.Where(d => lateCases.Contains(d.Message.CaseId))
                .Select(d => (d.Message.CaseId.ToString(), d.MessageId)), lateCases.Count,
            "one replica of every service killed: overdue cases announced once", "ComplaintOverdue per case received 2020-09-30");
        var deadlines = Announcements.Once(reportOverdue.Deliveries.Where(d => d.Message.PeriodCode == period)
                .Select(d => (d.Message.RegionCode, d.MessageId)), ReportingUnits,
            "one replica of every service killed: missing reports announced once",
            "ReportOverdue per unit, the period falling due mid-kill");
        foreach (var outcome in new[] { intake, registry, cases, deadlines })
        {
            FaultReport.Record(outcome);
        }

        Assert.Equal(0, hotline.AnsweredWith(500));
        Assert.True(intake.Kept, intake.ToString());
        Assert.True(registry.Kept, registry.ToString());
        Assert.True(cases.Kept, cases.ToString());
        Assert.True(deadlines.Kept, deadlines.ToString());
        Assert.Equal(references.Count, acknowledged);
        Assert.Equal(lateReferences.Count, lateCases.Count);
        Assert.Contains(kills, kill => kill.StartsWith("PromoMonth.Complaints holding", StringComparison.Ordinal));
    }

    private async Task<string> OpenPeriodFallingDueAsync(string ministry, TimeSpan after)
    {
        var period = $"replkill-{Guid.NewGuid():N}"[..30];
        using var opened = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period, campaignCode = "2020", kind = "interim", name = "副本失效演练 (replica loss drill)",
            startsOn = "2020-09-09", endsOn = "2020-09-22", dueAt = DateTimeOffset.UtcNow.Add(after), graceWorkingDays = 1,
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return period;
    }

    private async Task<List<string>> RegisterEnterprisesAsync(string unit, int count)
    {
        var registered = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var code = CreditCodes.Fresh(Region);
            var body = new { creditCode = code, name = $"副本失效演练企业{i}", regionCode = Region };
            // A registration refused by a dying replica is sent again, as a reporting unit's clerk would.
            var (created, _) = await Settled.ReachedAsync(
                async () =>
                {
                    using var answer = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit, body);
                    return answer.StatusCode;
                },
                status => status is HttpStatusCode.Created or HttpStatusCode.Conflict);
            if (created)
            {
                registered.Add(code);
            }
        }
        return registered;
    }
}
