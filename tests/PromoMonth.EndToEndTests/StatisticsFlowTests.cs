using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Contracts;
using PromoMonth.EndToEndTests.Spreadsheets;

namespace PromoMonth.EndToEndTests;

/// <summary>Units report through the gateway; the ministry reads roll-ups, completeness and exports.</summary>
[Collection(SystemCollection.Name)]
public sealed class StatisticsFlowTests(SystemFixture system)
{
    private const string Beijing = "110000";
    private const string Tianjin = "120000";

    [Fact]
    public async Task Two_units_report_one_late_and_the_ministry_reads_the_roll_up_completeness_and_an_xlsx_export()
    {
        await using var listener = await EventListener<ReportOverdue>.StartAsync(system);
        var overdue = listener.Received;
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var beijing = await Tokens.ForAsync(system.Gateway, $"unit-{Beijing}");
        var tianjin = await Tokens.ForAsync(system.Gateway, $"unit-{Tianjin}");
        // A "first two weeks" period of its own, due a few seconds from now, so that one report is on time and one late.
        var period = $"e2e-first-two-weeks-{Guid.NewGuid():N}"[..40];
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(6);
        using (var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period,
            campaignCode = "2020",
            kind = "interim",
            name = "前两周 (first two weeks)",
            startsOn = "2020-09-09",
            endsOn = "2020-09-22",
            dueAt,
            graceWorkingDays = 3,
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        await NameContactAsync(Beijing, beijing);
        await NameContactAsync(Tianjin, tianjin);

        using var onTime = await system.Gateway.SendAsync(HttpMethod.Put, $"/api/statistics/reports/{period}/{Beijing}", beijing,
            Report(sessions: 120, sales: 1_000_000.25m, keySales: 107_700, keySalesLastYear: 100_000));
        Assert.Equal(HttpStatusCode.Created, onTime.StatusCode);
        Assert.False((await onTime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("late").GetBoolean());

        await Eventually.HoldsAsync(
            () => Task.FromResult(DateTimeOffset.UtcNow), now => now > dueAt.AddSeconds(1), $"the period's due time {dueAt:O} to pass");
        using var late = await system.Gateway.SendAsync(HttpMethod.Put, $"/api/statistics/reports/{period}/{Tianjin}", tianjin,
            Report(sessions: 80, sales: 500_000.50m, keySales: 100_000, keySalesLastYear: 100_000));
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        Assert.True((await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("late").GetBoolean());

        using var rollup = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/statistics/rollups/{period}", ministry);
        var national = (await rollup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("national").EnumerateArray()
            .ToDictionary(r => r.GetProperty("indicator").GetString()!, r => r.GetProperty("value"));
        Assert.Equal(200m, national["activity_sessions"].GetDecimal());
        Assert.Equal(1_500_000.75m, national["sales_driven"].GetDecimal());
        // Growth from the summed sales and baselines: 207,700 against 200,000.
        Assert.Equal(3.85m, national["key_enterprise_sales_growth"].GetDecimal());

        using var completeness = await system.Gateway.SendAsync(
            HttpMethod.Get, $"/api/statistics/periods/{period}/completeness", ministry);
        var counts = await completeness.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((37, 2, 1, 1, 35), (counts.GetProperty("expected").GetInt32(), counts.GetProperty("submitted").GetInt32(),
            counts.GetProperty("onTime").GetInt32(), counts.GetProperty("late").GetInt32(), counts.GetProperty("missing").GetInt32()));
        var missing = counts.GetProperty("missingUnits").EnumerateArray()
            .Select(u => u.GetProperty("regionCode").GetString())
            .ToList();
        Assert.DoesNotContain(Beijing, missing);
        Assert.Contains("310000", missing);

        using var export = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/statistics/rollups/{period}?format=xlsx", ministry);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var book = await SpreadsheetReaders.OpenAsync(await export.Content.ReadAsByteArrayAsync(), $"rollup-{period}.xlsx");
        Assert.Equal(1_500_000.75m, book.Number("汇总表", "G8"));
        Assert.Contains(book.Addresses("data").Where(a => a.StartsWith('C')), a => book.Text("data", a) == "key_enterprise_sales_growth");

        // At the due time, the 36 units that had not reported (Tianjin reported late) were each announced once.
        await Eventually.HoldsAsync(
            () => Task.FromResult(overdue.Count(o => o.PeriodCode == period)),
            announced => announced >= 36,
            "36 units to be announced overdue");
        Assert.Equal(36, overdue.Where(o => o.PeriodCode == period).Select(o => o.RegionCode).Distinct().Count());
        Assert.Contains(overdue, o => o.PeriodCode == period && o.RegionCode == Tianjin);
        Assert.DoesNotContain(overdue, o => o.PeriodCode == period && o.RegionCode == Beijing);
    }

    [Fact]
    public async Task A_report_that_breaks_the_forms_rules_gets_one_message_per_rule_and_changes_nothing()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-440000");
        await NameContactAsync("440000", unit);
        var period = await OpenPeriodAsync("e2e-rules");

        using var refused = await system.Gateway.SendAsync(HttpMethod.Put, $"/api/statistics/reports/{period}/440000", unit, new
        {
            values = new Dictionary<string, decimal>
            {
                ["activity_sessions"] = 10,
                ["participating_enterprises"] = 5,
                ["participating_key_enterprises"] = 7,
                ["sales_driven"] = 100,
            },
            cities = new[] { new { code = "440100", values = new Dictionary<string, decimal> { ["activity_sessions"] = 4 } } },
            submit = true,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rules.key-within-participating", out _));
        Assert.True(errors.TryGetProperty("cities.activity_sessions", out _));
        using var nothing = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/statistics/reports/{period}/440000", unit);
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
    }

    [Fact]
    public async Task A_unit_without_a_responsible_contact_cannot_submit_and_contacts_stay_within_the_unit_and_the_ministry()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-500000");
        var other = await Tokens.ForAsync(system.Gateway, "unit-510000");

        using var refused = await system.Gateway.SendAsync(
            HttpMethod.Put, "/api/statistics/reports/2020-whole-campaign/500000", unit, Report(1, 1, 1, 1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("responsible contact", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await NameContactAsync("500000", unit);
        using var seenByOther = await system.Gateway.SendAsync(HttpMethod.Get, "/api/statistics/units/500000/contacts", other);
        Assert.Equal(HttpStatusCode.NotFound, seenByOther.StatusCode);
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using var seenByMinistry = await system.Gateway.SendAsync(HttpMethod.Get, "/api/statistics/units/500000/contacts", ministry);
        var contacts = await seenByMinistry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("李强", contacts.GetProperty("responsible").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_retried_save_with_the_same_idempotency_key_makes_one_revision()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-530000");
        await NameContactAsync("530000", unit);
        var path = $"/api/statistics/reports/{await OpenPeriodAsync("e2e-retry")}/530000";

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(Report(5, 10, 1, 1)) };
            request.Headers.Add("Idempotency-Key", "yunnan-2020-09-09-1");
            using var answer = await system.Gateway.SendAsync(request.Authorized(unit));
            Assert.True(answer.IsSuccessStatusCode);
        }

        using var revisions = await system.Gateway.SendAsync(HttpMethod.Get, $"{path}/revisions", unit);
        Assert.Equal(1, (await revisions.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }

    [Fact]
    public async Task A_form_is_edited_in_place_until_a_report_uses_it_and_versioned_after()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var unit = await Tokens.ForAsync(system.Gateway, "unit-610000");
        var campaign = $"e{Guid.NewGuid():N}"[..12];
        using var seeded = await system.Gateway.SendAsync(HttpMethod.Get, "/api/statistics/forms/2020", ministry);
        var form = await seeded.Content.ReadFromJsonAsync<JsonElement>();
        object Definition(string title) => new { title, indicators = form.GetProperty("indicators"), rules = form.GetProperty("rules") };

        using (var created = await system.Gateway.SendAsync(
            HttpMethod.Put, $"/api/statistics/forms/{campaign}", ministry, Definition("v1")))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        using (var edited = await system.Gateway.SendAsync(
            HttpMethod.Put, $"/api/statistics/forms/{campaign}", ministry, Definition("v1, corrected")))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
            Assert.Equal(1, (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }
        var period = $"{campaign}-d0909";
        (await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period,
            campaignCode = campaign,
            kind = "daily",
            name = "day one",
            startsOn = "2020-09-09",
            endsOn = "2020-09-09",
            dueOn = "2099-01-01",
        })).Dispose();
        await NameContactAsync("610000", unit);
        (await system.Gateway.SendAsync(
            HttpMethod.Put, $"/api/statistics/reports/{period}/610000", unit, Report(3, 10, 1, 1))).Dispose();

        using var versioned = await system.Gateway.SendAsync(
            HttpMethod.Put, $"/api/statistics/forms/{campaign}", ministry, Definition("v2"));

        Assert.Equal(HttpStatusCode.Created, versioned.StatusCode);
        Assert.Equal(2, (await versioned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        using var report = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/statistics/reports/{period}/610000", unit);
        Assert.Equal(1, (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("formVersion").GetInt32());
        using var first = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/statistics/forms/{campaign}/versions/1", unit);
        Assert.Equal("v1, corrected", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    /// <summary>A daily period far from due, so the test is about its subject and not the clock.</summary>
    private async Task<string> OpenPeriodAsync(string prefix)
    {
        var code = $"{prefix}-{Guid.NewGuid():N}"[..36];
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code,
            campaignCode = "2020",
            kind = "daily",
            name = prefix,
            startsOn = "2020-09-09",
            endsOn = "2020-09-09",
            dueOn = "2099-01-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return code;
    }

    private async Task NameContactAsync(string region, string token)
    {
        using var answer = await system.Gateway.SendAsync(HttpMethod.Put, $"/api/statistics/units/{region}/contacts", token, new
        {
            responsible = new
            {
                name = "李强", title = "统计处处长", phone = "010-55550000", email = $"stats-{region}@commerce.example.cn",
            },
            deputies = new[]
            {
                new { name = "赵敏", title = "副处长", phone = "010-55550001", email = $"deputy-{region}@commerce.example.cn" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    private static object Report(decimal sessions, decimal sales, decimal keySales, decimal keySalesLastYear) => new
    {
        values = new Dictionary<string, decimal>
        {
            ["activity_sessions"] = sessions,
            ["participating_enterprises"] = 300,
            ["participating_key_enterprises"] = 40,
            ["sales_driven"] = sales,
            ["key_enterprise_sales"] = keySales,
            ["key_enterprise_sales_last_year"] = keySalesLastYear,
        },
        submit = true,
    };
}
