using System.Net;
using System.Net.Http.Json;
using System.Text;
using PromoMonth.ServiceTests.Infrastructure;
using static PromoMonth.ServiceTests.Statistics.StatisticsCalls;

namespace PromoMonth.ServiceTests.Statistics;

[Collection(ServersCollection.Name)]
public sealed class RollupAndImportEndpointTests(ServersFixture servers)
{
    private const string Header = "period,orgUnit,dataElement,city,enterprise,value,comment\n";

    [Fact]
    public async Task A_roll_up_in_an_unknown_format_is_a_400_and_an_unknown_period_a_404()
    {
        var service = await ServiceAsync(servers);
        using var ministry = service.ClientAs(Ministry());

        using var pdf = await ministry.GetAsync("/api/statistics/rollups/2020-first-two-weeks?format=pdf");
        using var unknown = await ministry.GetAsync("/api/statistics/rollups/st-no-such-period");

        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal(["format"], await ErrorFieldsAsync(pdf));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Completeness_counts_the_37_units_and_the_roll_up_sums_the_submissions()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service, "430000");
        await NameContactAsync(service, "440000");
        var period = await OpenPeriodAsync(service, "complete");
        (await service.ClientAs(Unit("430000")).PutAsJsonAsync($"/api/statistics/reports/{period}/430000", Report(70))).Dispose();
        (await service.ClientAs(Unit("440000")).PutAsJsonAsync($"/api/statistics/reports/{period}/440000", Report(30))).Dispose();
        using var ministry = service.ClientAs(Ministry());

        using var completeness = await ministry.GetAsync($"/api/statistics/periods/{period}/completeness");
        using var rollup = await ministry.GetAsync($"/api/statistics/rollups/{period}");
        using var csv = await ministry.GetAsync($"/api/statistics/rollups/{period}?format=csv");

        var counts = await JsonAsync(completeness);
        Assert.Equal((37, 2, 2, 0, 35), (counts.GetProperty("expected").GetInt32(), counts.GetProperty("submitted").GetInt32(),
            counts.GetProperty("onTime").GetInt32(), counts.GetProperty("late").GetInt32(), counts.GetProperty("missing").GetInt32()));
        var national = (await JsonAsync(rollup)).GetProperty("national").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == "activity_sessions");
        Assert.Equal(100m, national.GetProperty("value").GetDecimal());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_import_answers_415_for_other_media_and_422_for_an_empty_file()
    {
        var service = await ServiceAsync(servers);
        using var ministry = service.ClientAs(Ministry());

        using var xml = await ImportAsync(ministry, "<values/>", "application/xml");
        using var empty = await ImportAsync(ministry, Header, "text/csv");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("The file cannot be read.", await TitleAsync(empty));
    }

    [Fact]
    public async Task A_refused_import_stores_nothing_and_lists_the_first_100_rejected_rows_with_the_total()
    {
        var service = await ServiceAsync(servers);
        var period = await OpenPeriodAsync(service, "badimport");
        var file = new StringBuilder(Header);
        for (var i = 0; i < 150; i++)
        {
            file.Append(period).Append(",450000,activity_sessions,,,not-a-number-").Append(i).Append(",\n");
        }
        using var ministry = service.ClientAs(Ministry());

        using var refused = await ImportAsync(ministry, file.ToString(), "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await JsonAsync(refused);
        Assert.Equal(("The import was refused.", 150), (problem.GetProperty("title").GetString(),
            problem.GetProperty("rejectedCount").GetInt32()));
        Assert.Equal(Enumerable.Range(1, 100),
            problem.GetProperty("rejectedRows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()));
        using var stored = await ministry.GetAsync($"/api/statistics/reports/{period}/450000");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task A_unit_imports_its_own_rows_only_and_an_accepted_import_submits_each_report()
    {
        var service = await ServiceAsync(servers);
        await NameContactAsync(service, "460000");
        var period = await OpenPeriodAsync(service, "import");
        using var unit = service.ClientAs(Unit("460000"));
        var own = $"{Header}{period},460000,activity_sessions,,,12,\n{period},460000,participating_enterprises,,,40,\n"
            + $"{period},460000,sales_driven,,,1000.50,\n";

        using var foreign = await ImportAsync(unit, $"{own}{period},450000,activity_sessions,,,3,\n", "text/csv");
        using var accepted = await ImportAsync(unit, own, "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        var rejected = (await JsonAsync(foreign)).GetProperty("rejectedRows").EnumerateArray().Single();
        Assert.Equal(4, rejected.GetProperty("row").GetInt32());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(1, (await JsonAsync(accepted)).GetProperty("reports").GetInt32());
        using var report = await unit.GetAsync($"/api/statistics/reports/{period}/460000");
        var id = (await JsonAsync(report)).GetProperty("id").GetGuid().ToString();
        Assert.Equal(1, await OutboxRowsAsync(service, "ReportSubmitted", id));
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient http, string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        return await http.PostAsync("/api/statistics/imports", content);
    }
}
