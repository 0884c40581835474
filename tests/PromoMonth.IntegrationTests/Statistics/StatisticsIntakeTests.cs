using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PromoMonth.Contracts;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;
using PromoMonth.Statistics.Domain;
using PromoMonth.Statistics.Domain.Periods;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Importing;
using PromoMonth.Statistics.Infrastructure;
using PromoMonth.Statistics.Reporting;

namespace PromoMonth.IntegrationTests.Statistics;

[Collection(RealServersCollection.Name)]
public sealed class StatisticsIntakeTests(RealServersFixture servers)
{
    /// <summary>A day into the 2020 campaign: no period due yet.</summary>
    private static readonly DateTimeOffset CampaignDay = Shanghai(2020, 9, 10, 12);

    [Fact]
    public async Task Two_replicas_of_the_deadline_watch_announce_each_missing_unit_once_per_period()
    {
        var database = await servers.CreateDatabaseAsync("stats_deadlines");
        var clock = new FakeTimeProvider(CampaignDay);
        await using var first = await StatisticsReplica.StartAsync(servers, database, clock);
        await using var second = await StatisticsReplica.StartAsync(servers, database, clock);
        await GiveContactAsync(first, "310000");
        await SubmitAsync(first, CampaignPeriods.DailyCode(new DateOnly(2020, 9, 9)), "310000");

        // Just after the end of 10 September in Shanghai: 9 September's tracking (due at the end of the 10th) is due.
        clock.SetUtcNow(Shanghai(2020, 9, 11).AddSeconds(1));
        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).Watch.RunOnceAsync(default)));

        Assert.Equal(36, passes.Sum(p => p.Overdue));
        var notices = await first.QueryAsync(db => db.Notices.Where(n => n.Kind == NoticeKind.Overdue).ToListAsync());
        Assert.Equal(36, notices.Count);
        Assert.DoesNotContain(notices, n => n.RegionCode == "310000");
        Assert.All(notices, n => Assert.Equal(CampaignPeriods.DailyCode(new DateOnly(2020, 9, 9)), n.PeriodCode));
        Assert.Equal(36, await OutboxCountAsync<ReportOverdue>(first));
        // 10 September's tracking is due at the end of the 11th, a Friday: its one working day has begun, so every
        // unit but none twice was warned.
        Assert.Equal(37, passes.Sum(p => p.Reminded));

        // Later passes, on either replica, announce nothing again.
        Assert.Equal((0, 0), await second.Watch.RunOnceAsync(default));
        Assert.Equal(36, await OutboxCountAsync<ReportOverdue>(second));
    }

    [Fact]
    public async Task A_unit_whose_report_the_ministry_returned_is_warned_like_one_that_has_not_submitted()
    {
        var database = await servers.CreateDatabaseAsync("stats_returned_warning");
        var clock = new FakeTimeProvider(CampaignDay);
        await using var replica = await StatisticsReplica.StartAsync(servers, database, clock);
        var tenth = CampaignPeriods.DailyCode(new DateOnly(2020, 9, 10));
        foreach (var unit in new[] { "310000", "320000" })
        {
            await GiveContactAsync(replica, unit);
            Assert.True((await SubmitAsync(replica, tenth, unit)).Succeeded);
        }
        var returned = await replica.WithScopeAsync(services => services.GetRequiredService<ReportApprovals>().DecideAsync(
            tenth, "320000", (report, campaign, at) => report.Return("分城市数据缺失", "ministry", at, campaign), default));
        Assert.Equal(ReportStatus.Returned, returned?.Status);

        // The start of 11 September, the due day's only working day: 310000's report stands; 320000's was sent back.
        clock.SetUtcNow(Shanghai(2020, 9, 11).AddSeconds(1));
        await replica.Watch.RunOnceAsync(default);

        var warned = await replica.QueryAsync(db => db.Notices
            .Where(n => n.Kind == NoticeKind.Reminder && n.PeriodCode == tenth).Select(n => n.RegionCode).ToListAsync());
        Assert.Equal(36, warned.Count);
        Assert.Contains("320000", warned);
        Assert.DoesNotContain("310000", warned);
    }

    [Fact]
    public async Task A_period_due_as_it_ends_is_warned_on_its_last_working_day()
    {
        var database = await servers.CreateDatabaseAsync("stats_due_at_end");
        var clock = new FakeTimeProvider(CampaignDay);
        await using var replica = await StatisticsReplica.StartAsync(servers, database, clock);
        // The week to Friday 11 September, due at the end of that Friday: no time after the period ends is before it.
        const string week = "st-week-to-0911";
        await replica.QueryAsync(db =>
        {
            db.Periods.Add(ReportingPeriod.Open(new PeriodDefinition(week, "2020", PeriodKind.Interim, "第一周",
                new DateOnly(2020, 9, 5), new DateOnly(2020, 9, 11), Shanghai(2020, 9, 12), 0), WorkdayCalendar.China));
            return db.SaveChangesAsync();
        });

        clock.SetUtcNow(Shanghai(2020, 9, 11).AddSeconds(1));
        await replica.Watch.RunOnceAsync(default);

        var warned = await replica.QueryAsync(db => db.Notices.CountAsync(n => n.Kind == NoticeKind.Reminder && n.PeriodCode == week));
        Assert.Equal(37, warned);
    }

    [Fact]
    public async Task An_approved_correction_unlocks_exactly_one_report_for_exactly_one_save()
    {
        var database = await servers.CreateDatabaseAsync("stats_corrections");
        var clock = new FakeTimeProvider(CampaignDay);
        await using var replica = await StatisticsReplica.StartAsync(servers, database, clock);
        const string period = "2020-first-two-weeks";
        foreach (var unit in new[] { "310000", "320000" })
        {
            await GiveContactAsync(replica, unit);
            Assert.True((await SubmitAsync(replica, period, unit)).Succeeded);
        }

        clock.SetUtcNow(Shanghai(2020, 10, 20, 9));
        Assert.Equal(ProblemKind.Locked, (await SubmitAsync(replica, period, "310000", sessions: 130)).Problems[0].Kind);
        await replica.QueryAsync(async db =>
        {
            var locked = await db.Periods.SingleAsync(p => p.Code == period);
            var correction = CorrectionRequest.Open("310000", locked, "Pudong's figures arrived late", "unit-310000", clock.GetUtcNow(),
                []);
            correction.Approve("ministry", clock.GetUtcNow(), null);
            db.Corrections.Add(correction);
            return await db.SaveChangesAsync();
        });

        Assert.True((await SubmitAsync(replica, period, "310000", sessions: 130)).Succeeded);
        Assert.Equal(ProblemKind.Locked, (await SubmitAsync(replica, period, "310000", sessions: 140)).Problems[0].Kind);
        Assert.Equal(ProblemKind.Locked, (await SubmitAsync(replica, period, "320000", sessions: 140)).Problems[0].Kind);

        var reports = await replica.QueryAsync(db =>
            db.Reports.Where(r => r.PeriodCode == period).OrderBy(r => r.RegionCode).ToListAsync());
        Assert.Equal([130m, 120m], reports.Select(r => r.Content.Values["activity_sessions"]));
        Assert.Equal(CorrectionStatus.Used, (await replica.QueryAsync(db => db.Corrections.SingleAsync())).Status);
        var total = await replica.QueryAsync(db =>
            db.NationalTotals.SingleAsync(t => t.PeriodCode == period && t.IndicatorCode == "activity_sessions"));
        Assert.Equal((250m, 2), (total.Total, total.Units));
    }

    [Fact]
    public async Task A_malformed_bulk_import_stores_nothing_and_names_every_bad_row()
    {
        var database = await servers.CreateDatabaseAsync("stats_import");
        var clock = new FakeTimeProvider(Shanghai(2020, 9, 9));
        await using var replica = await StatisticsReplica.StartAsync(servers, database, clock);
        var rows = new List<ImportRow>();
        foreach (var unit in ReportingUnits.All)
        {
            await GiveContactAsync(replica, unit.Code);
            for (var day = CampaignPeriods.CampaignStart; day <= CampaignPeriods.CampaignEnd; day = day.AddDays(1))
            {
                var period = CampaignPeriods.DailyCode(day);
                rows.Add(new(rows.Count + 1, period, unit.Code, "activity_sessions", null, null, "12", null));
                rows.Add(new(rows.Count + 1, period, unit.Code, "participating_enterprises", null, null, "40", null));
                rows.Add(new(rows.Count + 1, period, unit.Code, "sales_driven", null, null, "100000.50", null));
            }
        }
        rows[10] = rows[10] with { Value = "12,5" };
        rows[500] = rows[500] with { Value = "-5" };
        var city = rows[900].OrgUnit![..2] + "0101";
        rows.Add(new(rows.Count + 1, rows[900].Period, rows[900].OrgUnit, "activity_sessions", city, null, "11", null));
        var cityRow = rows.Count;
        rows.Add(new(rows.Count + 1, rows[1200].Period, rows[1200].OrgUnit, "sales_drivn", null, null, "5", null));
        var misspeltRow = rows.Count;

        var (summary, rejected) = await replica.WithScopeAsync(services =>
            services.GetRequiredService<BulkImporter>().ImportAsync(rows, boundRegion: null, "ministry", default));

        Assert.Null(summary);
        Assert.Equal([11, 501, cityRow, misspeltRow], rejected.Select(r => r.Row));
        Assert.Contains("not a number", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("at least 0", rejected[1].Reason, StringComparison.Ordinal);
        Assert.Contains("add up to 11", rejected[2].Reason, StringComparison.Ordinal);
        Assert.Contains("'sales_drivn' is not an indicator", rejected[3].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await replica.QueryAsync(db => db.Reports.CountAsync()));
        Assert.Equal(0, await replica.QueryAsync(db => db.NationalTotals.CountAsync()));
        Assert.Equal(0, await replica.QueryAsync(db => db.Revisions.CountAsync()));
    }

    [Fact]
    public async Task The_catalog_cross_check_follows_the_registrys_events()
    {
        var database = await servers.CreateDatabaseAsync("stats_catalog");
        await using var replica = await StatisticsReplica.StartAsync(servers, database, new FakeTimeProvider(CampaignDay));
        var kept = Guid.NewGuid();
        var cancelled = Guid.NewGuid();
        foreach (var id in new[] { kept, cancelled })
        {
            await replica.Bus.Publish(new ActivityApproved
            {
                ActivityId = id, CampaignId = Guid.NewGuid(), Title = "金秋购物节", RegionCode = "310000", CampaignCode = "2020",
                CampaignEndsOn = CampaignPeriods.CampaignEnd, CityCode = "310101", StartsAt = CampaignDay, EndsAt = CampaignDay.AddDays(3),
                ParticipatingEnterpriseIds = [], ApprovedAt = CampaignDay,
            });
        }
        await Eventually.HoldsAsync(
            () => replica.QueryAsync(db => db.CatalogActivities.CountAsync(a => !a.Cancelled)), n => n == 2, "both approvals counted");

        await replica.Bus.Publish(new ActivityCancelled
        {
            ActivityId = cancelled,
            CampaignId = Guid.NewGuid(),
            RegionCode = "310000",
            Reason = "venue closed",
            CancelledAt = CampaignDay,
        });

        await Eventually.HoldsAsync(
            () => replica.QueryAsync(db => db.CatalogActivities.Where(a => !a.Cancelled).Select(a => a.ActivityId).ToListAsync()),
            ids => ids.SequenceEqual([kept]),
            "the cancelled activity no longer counts");
    }

    /// <summary>A Shanghai wall-clock time as the UTC instant the services keep.</summary>
    private static DateTimeOffset Shanghai(int year, int month, int day, int hour = 0) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private static Task<int> OutboxCountAsync<T>(StatisticsReplica replica) =>
        replica.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.MessageType == typeof(T).FullName));

    private static Task<int> GiveContactAsync(StatisticsReplica replica, string unit) =>
        replica.QueryAsync(db =>
        {
            db.Contacts.Add(UnitContacts.Named(
                unit, new("王芳", "处长", "021-23110000", "wang.fang@example.cn"), [], "test", DateTimeOffset.UnixEpoch));
            return db.SaveChangesAsync();
        });

    private static Task<SubmissionOutcome> SubmitAsync(StatisticsReplica replica, string period, string unit, decimal sessions = 120) =>
        replica.WithScopeAsync(services => services.GetRequiredService<ReportSubmissions>().SaveAsync(
            [
                new SubmissionRequest(unit, period, new ReportContent(
                    new() { ["activity_sessions"] = sessions, ["participating_enterprises"] = 800, ["sales_driven"] = 1_000_000 }, [], []),
                    Submit: true),
            ],
            $"unit-{unit}", default));
}
