using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Contracts;

namespace PromoMonth.EndToEndTests.Spreadsheets;

/// <summary>
/// The XLSX exports as officers open them: exceljs, SheetJS and LibreOffice all read every one; the roll-up and the
/// completeness sheets are reports (units in the notice's order, the API's figures as numbers, words and colours).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SpreadsheetExportsTests(SystemFixture system)
{
    private const string Beijing = "110000";
    private const string Tianjin = "120000";
    private const string Dalian = "210200";
    private const string Report = "汇总表";
    private const int HeaderRow = 7;
    private const int NationalRow = 8;

    [Fact]
    public async Task The_roll_up_report_holds_the_APIs_figures_for_37_units_in_the_notices_order_in_every_reader()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var period = await PeriodWithOneOnTimeOneLateAsync(ministry);

        var rollup = await system.Gateway.AnswerAsync(HttpMethod.Get, $"/api/statistics/rollups/{period}", ministry);
        var national = rollup.Json.GetProperty("national").EnumerateArray().ToList();
        var units = rollup.Json.GetProperty("units").EnumerateArray()
            .ToDictionary(u => u.GetProperty("regionCode").GetString()!, u => u.GetProperty("values"));
        var book = await OpenAsync($"/api/statistics/rollups/{period}?format=xlsx", ministry, $"rollup-{period}.xlsx");

        Assert.Equal(["汇总表", "data"], book.SheetNames);
        Assert.Equal((HeaderRow, 2), book.Frozen(Report));
        Assert.Contains("前两周", book.Text(Report, "A1"), StringComparison.Ordinal);
        Assert.Equal("全部已提交的报表 (all submitted reports)", book.Text(Report, "B5"));
        Assert.Equal("地区代码 Code", book.Text(Report, $"A{HeaderRow}"));
        var statusColumn = ReadWorkbook.Column(national.Count + 3);
        Assert.Equal("报送情况 Status", book.Text(Report, $"{statusColumn}{HeaderRow}"));

        // The national row, then the 37 units: 31 provincial divisions, the 5 plan-listed cities, the Corps.
        Assert.Equal(NationalRow + 37, book.LastRow(Report));
        Assert.Equal(("000000", "全国合计 National"), (book.Text(Report, $"A{NationalRow}"), book.Text(Report, $"B{NationalRow}")));
        var codes = Enumerable.Range(NationalRow + 1, 37).Select(row => book.Text(Report, $"A{row}")).ToList();
        Assert.Equal(ReportingUnits.InNoticeOrder.Select(u => u.Code), codes);
        Assert.Equal(Beijing, codes[0]);
        Assert.Equal(["210200", "330200", "350200", "370200", "440300", "660000"], codes[31..]);

        for (var i = 0; i < national.Count; i++)
        {
            var column = ReadWorkbook.Column(i + 3);
            var indicator = national[i];
            var heading = book.Text(Report, $"{column}{HeaderRow}")!;
            Assert.Equal($"{indicator.GetProperty("nameZh").GetString()}（{indicator.GetProperty("unit").GetString()}）", heading);
            var percent = indicator.GetProperty("unit").GetString() == "%";
            Assert.Equal(Expected(indicator.GetProperty("value"), percent), book.Number(Report, $"{column}{NationalRow}"));
            Assert.Equal(
                Expected(units[Beijing].TryGetProperty(indicator.GetProperty("indicator").GetString()!, out var v) ? v : default, percent),
                book.Number(Report, $"{column}{NationalRow + 1}"));
            if (book.Number(Report, $"{column}{NationalRow}") is not null)
            {
                Assert.Equal(
                    percent ? "0.0%" : indicator.GetProperty("unit").GetString() == "元" ? "#,##0.00" : "#,##0",
                    book.Format(Report, $"{column}{NationalRow}"));
            }
            // A unit that did not report has no figures at all, not zeros.
            Assert.Null(book.Number(Report, $"{column}{NationalRow + 2}"));
        }
        Assert.Equal(1_500_000.75m, book.Number(Report, $"G{NationalRow}"));
        var dalianRow = NationalRow + 1 + codes.IndexOf(Dalian);
        Assert.Equal("按时 on time", book.Text(Report, $"{statusColumn}{NationalRow + 1}"));
        Assert.Equal("未报 missing", book.Text(Report, $"{statusColumn}{NationalRow + 2}"));
        Assert.Equal("迟报 late", book.Text(Report, $"{statusColumn}{dalianRow}"));
        Assert.Equal("FFC6EFCE", book.Fill(Report, $"{statusColumn}{NationalRow + 1}"));
        Assert.Equal("FFFFC7CE", book.Fill(Report, $"{statusColumn}{NationalRow + 2}"));
        // Column widths fit the longest unit name (新疆生产建设兵团: eight characters, two widths each).
        Assert.True(book.Width(Report, 2) >= 16, $"the unit column is {book.Width(Report, 2)} wide");

        // The long form for machines: codes stay text, values numbers.
        Assert.Equal("regionCode", book.Text("data", "A1"));
        Assert.Equal("000000", book.Text("data", "A2"));
        Assert.Equal(national[0].GetProperty("value").GetDecimal(), book.Number("data", "G2"));

        var csv = await SpreadsheetReaders.LibreOfficeCsvAsync(book.Path);
        // LibreOffice quotes text and writes numbers as they are shown.
        Assert.Contains("\"000000\",\"全国合计 National\",200,600,80,,\"1,500,000.75\"", csv, StringComparison.Ordinal);
        Assert.Contains($"\"{Beijing}\",\"北京市\",120,", csv, StringComparison.Ordinal);
        var rendering = await SpreadsheetReaders.RenderAsync(book.Path);
        Assert.True(new FileInfo(rendering).Length > 0);
    }

    [Fact]
    public async Task Completeness_reads_on_time_late_missing_as_words_and_colours_for_every_unit()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var period = await PeriodWithOneOnTimeOneLateAsync(ministry);

        var book = await OpenAsync($"/api/statistics/periods/{period}/completeness?format=xlsx", ministry, $"completeness-{period}.xlsx");
        const string sheet = "报送情况";
        Assert.Equal((4, 2), book.Frozen(sheet));
        Assert.StartsWith("前两周", book.Text(sheet, "C4"), StringComparison.Ordinal);
        var codes = Enumerable.Range(5, 37).Select(row => book.Text(sheet, $"A{row}")).ToList();
        Assert.Equal(ReportingUnits.InNoticeOrder.Select(u => u.Code), codes);
        Assert.Equal("按时 on time", book.Text(sheet, $"C{5 + codes.IndexOf(Beijing)}"));
        Assert.Equal("迟报 late", book.Text(sheet, $"C{5 + codes.IndexOf(Dalian)}"));
        Assert.Equal("未报 missing", book.Text(sheet, $"C{5 + codes.IndexOf(Tianjin)}"));
        Assert.Equal("FFFFEB9C", book.Fill(sheet, $"C{5 + codes.IndexOf(Dalian)}"));
        Assert.Equal("1 / 1 / 35", book.Text(sheet, "C42"));

        var campaign = await system.Gateway.AnswerAsync(HttpMethod.Get, "/api/statistics/campaigns/2020/completeness", ministry);
        Assert.Equal(HttpStatusCode.OK, campaign.Status);
        var statuses = campaign.Json.GetProperty("units").EnumerateArray()
            .ToDictionary(u => u.GetProperty("regionCode").GetString()!, u => u.GetProperty("statuses").GetProperty(period).GetString());
        Assert.Equal(("onTime", "late", "missing"), (statuses[Beijing], statuses[Dalian], statuses[Tianjin]));
        var whole = await OpenAsync("/api/statistics/campaigns/2020/completeness?format=xlsx", ministry, "completeness-2020.xlsx");
        Assert.Equal(ReportingUnits.InNoticeOrder.Select(u => u.Code), Enumerable.Range(5, 37).Select(row => whole.Text(sheet, $"A{row}")));

        using var wrong = await system.Gateway.SendAsync(
            HttpMethod.Get, "/api/statistics/campaigns/2020/completeness?format=pdf", ministry);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task The_daily_roll_up_licences_and_cases_open_in_every_reader_with_numbers_as_numbers()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var daily = await system.Gateway.AnswerAsync(HttpMethod.Get, "/api/statistics/rollups/campaigns/2020/daily", ministry);
        var book = await OpenAsync("/api/statistics/rollups/campaigns/2020/daily?format=xlsx", ministry, "rollup-2020-daily.xlsx");
        const string days = "逐日汇总";
        Assert.Equal("合计 Total", book.Text(days, "A6"));
        Assert.Equal(daily.Json.GetProperty("days").GetInt32(), book.Number(days, "B2"));
        Assert.Equal(6 + daily.Json.GetProperty("days").GetInt32(), book.LastRow(days));
        var sessions = daily.Json.GetProperty("national").EnumerateArray().First().GetProperty("value");
        Assert.Equal(sessions.ValueKind == JsonValueKind.Null ? null : sessions.GetDecimal(), book.Number(days, "C6"));

        var licences = await OpenAsync("/api/licensing/licenses/export.xlsx", ministry, "licences.xlsx");
        Assert.Equal("授权编号 Number", licences.Text("licences", "A3"));
        Assert.Equal((3, 1), licences.Frozen("licences"));
        Assert.Contains("授权编号 Number", await SpreadsheetReaders.LibreOfficeCsvAsync(licences.Path), StringComparison.Ordinal);

        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var marker = Guid.NewGuid().ToString("N")[..8];
        using (var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(regionCode: "310000", reference: $"xlsx-{marker}")))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }
        var cases = await OpenAsync("/api/complaints/cases/export.xlsx", ministry, "cases.xlsx");
        Assert.Equal("案件编号 Id", cases.Text("cases", "A3"));
        var row = cases.Addresses("cases").Where(a => a.StartsWith('C')).Single(a => cases.Text("cases", a) == $"xlsx-{marker}");
        Assert.Equal("王小明", cases.Text("cases", $"I{ReadWorkbook.RowOf(row)}"));
    }

    /// <summary>Opens an export through the gateway with both JavaScript readers.</summary>
    [Fact]
    public async Task The_accepted_levels_report_says_so_and_holds_only_the_figures_the_ministry_accepted()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var period = await PeriodWithOneOnTimeOneLateAsync(ministry);
        var accept = $"/api/statistics/reports/{period}/{Beijing}/accept";
        using (var accepted = await system.Gateway.SendAsync(HttpMethod.Post, accept, ministry))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var rollup = await system.Gateway.AnswerAsync(HttpMethod.Get, $"/api/statistics/rollups/{period}?level=accepted", ministry);
        var book = await OpenAsync($"/api/statistics/rollups/{period}?level=accepted&format=xlsx", ministry, $"rollup-{period}.xlsx");

        Assert.Equal("accepted", rollup.Json.GetProperty("level").GetString());
        Assert.Equal([Beijing], rollup.Json.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("regionCode").GetString()));
        var sessions = rollup.Json.GetProperty("national").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == "activity_sessions");
        Assert.Equal(120m, sessions.GetProperty("value").GetDecimal());
        Assert.Equal("仅审核通过的报表 (accepted reports only)", book.Text(Report, "B5"));
        Assert.Equal("1 / 37", book.Text(Report, "B6"));
        Assert.Equal(120m, book.Number(Report, $"{ReadWorkbook.Column(3)}{NationalRow}"));
    }

    private async Task<ReadWorkbook> OpenAsync(string path, string token, string name)
    {
        using var answer = await system.Gateway.SendAsync(HttpMethod.Get, path, token);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", answer.Content.Headers.ContentType?.MediaType);
        return await SpreadsheetReaders.OpenAsync(await answer.Content.ReadAsByteArrayAsync(), name);
    }

    /// <summary>A period of its own due seconds from now: Beijing reports before the due time, Dalian after it.</summary>
    private async Task<string> PeriodWithOneOnTimeOneLateAsync(string ministry)
    {
        var period = $"e2e-xlsx-{Guid.NewGuid():N}"[..32];
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(4);
        using (var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period, campaignCode = "2020", kind = "interim", name = "前两周 (first two weeks)",
            startsOn = "2020-09-09", endsOn = "2020-09-22", dueAt, graceWorkingDays = 3,
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        await SubmitAsync(period, Beijing, sessions: 120, sales: 1_000_000.25m);
        await Eventually.HoldsAsync(
            () => Task.FromResult(DateTimeOffset.UtcNow), now => now > dueAt.AddSeconds(1), $"the period's due time {dueAt:O} to pass");
        await SubmitAsync(period, Dalian, sessions: 80, sales: 500_000.50m);
        return period;
    }

    private async Task SubmitAsync(string period, string region, decimal sessions, decimal sales)
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{region}");
        using (var contact = await system.Gateway.SendAsync(HttpMethod.Put, $"/api/statistics/units/{region}/contacts", unit, new
        {
            responsible = new { name = "李强", title = "统计处处长", phone = "010-55550000", email = $"stats-{region}@commerce.example.cn" },
            deputies = Array.Empty<object>(),
        }))
        {
            Assert.Equal(HttpStatusCode.OK, contact.StatusCode);
        }
        using var submitted = await system.Gateway.SendAsync(HttpMethod.Put, $"/api/statistics/reports/{period}/{region}", unit, new
        {
            values = new Dictionary<string, decimal>
            {
                ["activity_sessions"] = sessions,
                ["participating_enterprises"] = 300,
                ["participating_key_enterprises"] = 40,
                ["sales_driven"] = sales,
                ["key_enterprise_sales"] = 107_700,
                ["key_enterprise_sales_last_year"] = 100_000,
            },
            submit = true,
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
    }

    private static decimal? Expected(JsonElement value, bool percent) =>
        value.ValueKind is JsonValueKind.Number ? percent ? value.GetDecimal() / 100m : value.GetDecimal() : null;
}
