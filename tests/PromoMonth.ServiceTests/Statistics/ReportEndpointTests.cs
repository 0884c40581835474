using System.Net;
using System.Net.Http.Json;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Statistics.StatisticsCalls;

namespace PromoMonth.ServiceTests.Statistics;

[Collection(ServersCollection.Name)]
public sealed class ReportEndpointTests(ServersFixture servers)
{
    [Fact]
    public async Task A_submission_is_created_on_time_and_writes_one_ReportSubmitted_outbox_row()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service);
        var period = await OpenPeriodAsync(service, "submit");
        using var unit = service.ClientAs(Unit());

        using var answer = await unit.PutAsJsonAsync($"/api/statistics/reports/{period}/{Shanghai}", Report(120));

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var report = await JsonAsync(answer);
        Assert.False(report.GetProperty("late").GetBoolean());
        Assert.Equal("submitted", report.GetProperty("status").GetString());
        Assert.Equal(1, await OutboxRowsAsync(service, "ReportSubmitted", report.GetProperty("id").GetGuid().ToString()));
    }

    [Fact]
    public async Task A_draft_writes_no_outbox_row_and_a_submitted_report_does_not_go_back_to_draft()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service);
        var period = await OpenPeriodAsync(service, "draft");
        using var unit = service.ClientAs(Unit());
        var path = $"/api/statistics/reports/{period}/{Shanghai}";

        using var draft = await unit.PutAsJsonAsync(path, Report(5, submit: false));
        var id = (await JsonAsync(draft)).GetProperty("id").GetGuid().ToString();
        Assert.Equal(0, await OutboxRowsAsync(service, "ReportSubmitted", id));
        (await unit.PutAsJsonAsync(path, Report(6))).Dispose();
        using var back = await unit.PutAsJsonAsync(path, Report(7, submit: false));

        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        Assert.Equal("The report cannot change that way.", await TitleAsync(back));
        Assert.Equal(1, await OutboxRowsAsync(service, "ReportSubmitted", id));
    }

    [Fact]
    public async Task A_submission_missing_required_values_or_breaking_rules_is_a_422_naming_each_field()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service);
        var period = await OpenPeriodAsync(service, "rules");
        using var unit = service.ClientAs(Unit());

        using var refused = await unit.PutAsJsonAsync($"/api/statistics/reports/{period}/{Shanghai}", new
        {
            values = new Dictionary<string, decimal>
            {
                ["activity_sessions"] = 10.5m, ["participating_enterprises"] = 5, ["participating_key_enterprises"] = 7,
                ["sales_drivn"] = 1,
            },
            cities = new[] { new { code = "320100", values = new Dictionary<string, decimal> { ["activity_sessions"] = 4 } } },
            submit = true,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("The report breaks the form's rules.", await TitleAsync(refused));
        var fields = await ErrorFieldsAsync(refused);
        string[] expected = ["values.activity_sessions", "values.sales_drivn", "values.sales_driven", "rules.key-within-participating",
            "cities[320100]"];
        foreach (var field in expected)
        {
            Assert.Contains(field, fields);
        }
        using var nothing = await unit.GetAsync($"/api/statistics/reports/{period}/{Shanghai}");
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
    }

    [Fact]
    public async Task An_idempotency_key_over_100_characters_is_a_422_and_a_repeated_key_makes_one_revision()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service);
        var path = $"/api/statistics/reports/{await OpenPeriodAsync(service, "retry")}/{Shanghai}";
        using var unit = service.ClientAs(Unit());

        using var tooLong = await SaveAsync(unit, path, new string('k', 101));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var answer = await SaveAsync(unit, path, "shanghai-retry-1");
            Assert.True(answer.IsSuccessStatusCode);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(["Idempotency-Key"], await ErrorFieldsAsync(tooLong));
        using var revisions = await unit.GetAsync($"{path}/revisions");
        Assert.Equal(1, (await JsonAsync(revisions)).GetArrayLength());
    }

    [Fact]
    public async Task A_unit_reporting_for_another_region_is_refused_403_and_reads_of_it_are_404()
    {
        var service = await ServiceAsync(servers);
        var period = await OpenPeriodAsync(service, "region");
        using var unit = service.ClientAs(Unit());

        using var refused = await unit.PutAsJsonAsync($"/api/statistics/reports/{period}/320000", Report(1));
        using var read = await unit.GetAsync($"/api/statistics/reports/{period}/320000");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("A reporting unit acts for its own region only.", await TitleAsync(refused));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task A_locked_period_refuses_the_report_409_and_an_unknown_period_is_404()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service);
        var locked = await OpenLockedPeriodAsync(service, "locked");
        using var unit = service.ClientAs(Unit());

        using var refused = await unit.PutAsJsonAsync($"/api/statistics/reports/{locked}/{Shanghai}", Report(1));
        using var unknown = await unit.PutAsJsonAsync($"/api/statistics/reports/st-no-such-period/{Shanghai}", Report(1));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("The report is locked.", await TitleAsync(refused));
        Assert.StartsWith($"Period {locked} locked at ", (await JsonAsync(refused)).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("No such reporting period.", await TitleAsync(unknown));
    }

    [Fact]
    public async Task A_unit_without_a_responsible_contact_is_a_422_naming_contacts()
    {
        var service = await ServiceAsync(servers);
        var period = await OpenPeriodAsync(service, "nocontact");
        using var unit = service.ClientAs(Unit("650000"));

        using var refused = await unit.PutAsJsonAsync($"/api/statistics/reports/{period}/650000", Report(1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["contacts"], await ErrorFieldsAsync(refused));
        Assert.Contains("responsible contact", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient http, string path, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(Report(5)) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await http.SendAsync(request);
    }
}
