using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PromoMonth.ServiceTests.Infrastructure;
using PromoMonth.Statistics.Domain.Reports;
using PromoMonth.Statistics.Infrastructure;
using static PromoMonth.ServiceTests.Statistics.StatisticsCalls;

namespace PromoMonth.ServiceTests.Statistics;

[Collection(ServersCollection.Name)]
public sealed class CorrectionAndSummaryEndpointTests(ServersFixture servers)
{
    [Fact]
    public async Task An_approved_correction_opens_a_locked_report_for_one_save()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service, "370000");
        var period = await OpenLockedPeriodAsync(service, "correct");
        using var unit = service.ClientAs(Unit("370000"));
        using var ministry = service.ClientAs(Ministry());
        var report = $"/api/statistics/reports/{period}/370000";

        using var noReason = await unit.PostAsJsonAsync($"{report}/corrections", new { reason = " " });
        using var asked = await unit.PostAsJsonAsync($"{report}/corrections", new { reason = "Jinan's figures arrived late" });
        using var again = await unit.PostAsJsonAsync($"{report}/corrections", new { reason = "once more" });
        var id = (await JsonAsync(asked)).GetProperty("id").GetGuid();
        using var approved = await ministry.PostAsJsonAsync($"/api/statistics/corrections/{id}/approve", new { note = " ok " });
        using var twice = await ministry.PostAsJsonAsync($"/api/statistics/corrections/{id}/reject", new { note = "no" });
        using var saved = await unit.PutAsJsonAsync(report, Report(9));
        using var secondSave = await unit.PutAsJsonAsync(report, Report(10));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(["reason"], await ErrorFieldsAsync(noReason));
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("A correction request for this report is already open.", (await JsonAsync(again)).GetProperty("detail").GetString());
        Assert.Equal(("approved", "ok"), ((await JsonAsync(approved)).GetProperty("status").GetString(),
            (await JsonAsync(approved)).GetProperty("decisionNote").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("The request is already approved.", (await JsonAsync(twice)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var status = await service.QueryAsync<StatisticsDbContext, CorrectionStatus>(db =>
            db.Corrections.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());
        Assert.Equal(CorrectionStatus.Used, status);
    }

    [Fact]
    public async Task A_correction_is_for_a_locked_period_of_the_units_own_region()
    {
        var service = await ServiceAsync(servers);
        var open = await OpenPeriodAsync(service, "notlocked");
        using var unit = service.ClientAs(Unit());

        using var notLocked = await unit.PostAsJsonAsync($"/api/statistics/reports/{open}/{Shanghai}/corrections", new { reason = "typo" });
        using var other = await unit.PostAsJsonAsync($"/api/statistics/reports/{open}/320000/corrections", new { reason = "typo" });
        using var unknown = await service.ClientAs(Ministry()).PostAsJsonAsync($"/api/statistics/corrections/{Guid.NewGuid()}/approve",
            new { });

        Assert.Equal(HttpStatusCode.Conflict, notLocked.StatusCode);
        Assert.Equal("Conflict", await TitleAsync(notLocked));
        Assert.EndsWith("; save the report directly.", (await JsonAsync(notLocked)).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_summary_needs_its_three_parts_and_the_submitted_whole_campaign_report_then_writes_SummarySubmitted()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service, "410000");
        using var unit = service.ClientAs(Unit("410000"));
        using var ministry = service.ClientAs(Ministry());
        const string summary = "/api/statistics/summaries/2020/410000";
        var parts = new { overallSituation = "总体情况良好", experiences = " 主要经验 ", recommendations = "工作建议" };

        using var incomplete = await unit.PutAsJsonAsync(summary, new { overallSituation = "总体情况良好" });
        using var withoutReport = await unit.PutAsJsonAsync(summary, parts);
        // The 2020 whole campaign locked long ago: the report goes in through an approved correction.
        const string report = "/api/statistics/reports/2020-whole-campaign/410000";
        using var asked = await unit.PostAsJsonAsync($"{report}/corrections", new { reason = "The summary's report" });
        var id = (await JsonAsync(asked)).GetProperty("id").GetGuid();
        (await ministry.PostAsJsonAsync($"/api/statistics/corrections/{id}/approve", new { })).Dispose();
        using var submitted = await unit.PutAsJsonAsync(report, Report(30));
        using var accepted = await unit.PutAsJsonAsync(summary, parts);
        using var other = await unit.PutAsJsonAsync("/api/statistics/summaries/2020/420000", parts);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Equal("The summary is incomplete.", await TitleAsync(incomplete));
        Assert.Equal(["experiences", "recommendations", "report"], await ErrorFieldsAsync(incomplete));
        Assert.Equal(["report"], await ErrorFieldsAsync(withoutReport));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await JsonAsync(accepted);
        Assert.Equal(("主要经验", true), (body.GetProperty("experiences").GetString(), body.GetProperty("late").GetBoolean()));
        Assert.Equal(1, await OutboxRowsAsync(service, "SummarySubmitted", body.GetProperty("reportId").GetGuid().ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }
}
