using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests.Board;

/// <summary>
/// The campaign board: its figures equal what the APIs answer, new data reaches it within seconds, the ministry's half
/// needs the ministry's credentials, and both halves pass axe at a phone's and a wall screen's size.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BoardTests(SystemFixture system)
{
    [Fact]
    public async Task The_public_board_shows_the_catalog_and_the_licences_the_apis_answer_and_passes_axe_at_both_sizes()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var html = await system.Gateway.GetStringAsync("/board");
        var figures = BoardFigures.Of(html);

        using var catalog = await system.Gateway.GetAsync("/api/catalog/activities?pageSize=1");
        if (catalog.StatusCode == HttpStatusCode.OK)
        {
            var total = (await catalog.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), figures["catalog-activities"]);
        }
        else
        {
            Assert.DoesNotContain("catalog-activities", figures.Keys);
        }
        // The board's licences are the tally of the last count; the list counts the table now: they meet within seconds.
        await Eventually.HoldsAsync(async () =>
            {
                using var active = await system.Gateway.SendAsync(
                    HttpMethod.Get, "/api/licensing/licenses?status=active&pageSize=1", ministry);
                var listed = (await active.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
                return (Listed: listed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Shown: BoardFigures.Of(await system.Gateway.GetStringAsync("/board"))["licences-active"]);
            },
            seen => seen.Listed == seen.Shown, "the board's active licences to equal the API's");

        var views = await BoardBrowser.OpenAsync(new Uri(system.Gateway.BaseAddress!, "/board"));
        AssertReadable(views);
        Assert.All(views, v =>
            Assert.Equal(figures.GetValueOrDefault("catalog-activities"), v.Figures.GetValueOrDefault("catalog-activities")));
    }

    [Fact]
    public async Task The_ministrys_board_needs_the_ministry_shows_a_new_report_and_case_within_seconds_and_passes_axe()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var unit = await Tokens.ForAsync(system.Gateway, "unit-310000");
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");

        // Without a sign-in the ministry's board sends the browser to it; a unit's credentials do not open it.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = system.Gateway.BaseAddress,
        };
        using var unsigned = await anonymous.GetAsync("/board/ministry");
        Assert.Equal(HttpStatusCode.Redirect, unsigned.StatusCode);
        Assert.Equal("/board/sign-in", unsigned.Headers.Location?.OriginalString);
        using var asUnit = await SignedInAsync("unit-310000");
        using var refused = await asUnit.GetAsync("/board/ministry");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var wrong = await anonymous.PostAsync("/board/sign-in", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["client_id"] = "ministry", ["client_secret"] = "not-the-secret" }));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        // A new daily period, a report in it and a case: all three must reach the board.
        var period = $"e2e-board-{Guid.NewGuid():N}"[..30];
        using (var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period, campaignCode = "2020", kind = "daily", name = "看板测试 (board test)",
            startsOn = "2020-10-10", endsOn = "2020-10-10", dueAt = DateTimeOffset.UtcNow.AddHours(1),
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        using (var contacts = await system.Gateway.SendAsync(HttpMethod.Put, "/api/statistics/units/310000/contacts", unit, new
        {
            responsible = new { name = "王敏", title = "统计处处长", phone = "021-55550000", email = "stats-310000@commerce.example.cn" },
        }))
        {
            Assert.True(contacts.IsSuccessStatusCode, await contacts.Content.ReadAsStringAsync());
        }
        var sales = 4_321_987.5m;
        using (var report = await system.Gateway.SendAsync(HttpMethod.Put, $"/api/statistics/reports/{period}/310000", unit, new
        {
            values = new Dictionary<string, decimal>
            {
                ["activity_sessions"] = 12, ["participating_enterprises"] = 30, ["participating_key_enterprises"] = 4,
                ["sales_driven"] = sales, ["key_enterprise_sales"] = 200_000, ["key_enterprise_sales_last_year"] = 180_000,
            },
            submit = true,
        }))
        {
            Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        }
        using (var filed = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, Samples.Case()))
        {
            Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        }

        using var signedIn = await SignedInAsync("ministry");
        // Other tests add campaigns of their own: the board is asked for the 2020 campaign by name.
        var html = await Eventually.HoldsAsync(() => signedIn.GetStringAsync("/board/ministry?campaign=2020"),
            page => BoardFigures.SalesDriven(page, period) == sales,
            "the new report's sales to reach the ministry's board");

        // Its figures are the APIs' figures.
        var figures = BoardFigures.Of(html);
        using var matrix = await system.Gateway.SendAsync(HttpMethod.Get, "/api/statistics/campaigns/2020/completeness", ministry);
        var statuses = (await matrix.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("units").EnumerateArray()
            .SelectMany(u => u.GetProperty("statuses").EnumerateObject().Select(s => s.Value.GetString()!)).ToList();
        foreach (var status in new[] { "onTime", "late", "missing", "notDue" })
        {
            Assert.Equal(statuses.Count(s => s == status).ToString(System.Globalization.CultureInfo.InvariantCulture),
                figures[$"completeness-{status}"]);
        }
        Assert.Contains($"data-unit=\"310000\" data-period=\"{period}\" data-status=\"onTime\"", html, StringComparison.Ordinal);
        using var counts = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/counts", ministry);
        var rows = (await counts.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(rows.Sum(r => r.GetProperty("received").GetInt32()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            figures["complaints-received"]);
        Assert.Equal(rows.Sum(r => r.GetProperty("overdue").GetInt32()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            figures["complaints-overdue"]);

        var views = await BoardBrowser.OpenAsync(new Uri(system.Gateway.BaseAddress!, "/board/sign-in"), "ministry",
            new Uri(system.Gateway.BaseAddress!, "/board/ministry?campaign=2020"));
        AssertReadable(views);
        Assert.All(views, v => Assert.Equal(figures["completeness-onTime"], v.Figures["completeness-onTime"]));
    }

    [Fact]
    public async Task A_sign_in_that_cannot_be_read_is_refused_with_a_page_saying_why_and_sets_no_cookie()
    {
        var wrong = new HttpContent[]
        {
            JsonContent.Create(new { client_id = "ministry", client_secret = Tokens.DevelopmentSecret("ministry") }),
            new FormUrlEncodedContent(new Dictionary<string, string>()),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = "ministry" }),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = new string('x', 4000), ["client_secret"] = "y" }),
            new StringContent("client_id=%ZZ&client_secret", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        foreach (var content in wrong)
        {
            var cookies = new CookieContainer();
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
            {
                BaseAddress = system.Gateway.BaseAddress,
            };
            using var answer = await client.PostAsync("/board/sign-in", content);
            Assert.True(answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized,
                $"{await content.ReadAsStringAsync()}: {answer.StatusCode}");
            Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
            Assert.Contains("role=\"alert\"", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Empty(cookies.GetCookies(new Uri(system.Gateway.BaseAddress!, "/board/ministry")));
        }
    }

    /// <summary>No serious or critical axe finding at either size, and nothing wider than a phone's screen.</summary>
    private static void AssertReadable(List<BoardView> views)
    {
        Assert.Equal(["phone", "wall"], views.Select(v => v.Size));
        foreach (var view in views)
        {
            var serious = view.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0,
                $"{view.Size}: {string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes} nodes): {v.Help}"))}");
            Assert.True(view.Overflow <= 0, $"{view.Size}: the page is {view.Overflow} px wider than the screen");
            Assert.True(new FileInfo(view.Screenshot).Length > 0);
        }
    }

    /// <summary>A browser-like client that signed in to the board with a client's credentials (its cookie kept).</summary>
    private async Task<HttpClient> SignedInAsync(string clientId)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = system.Gateway.BaseAddress };
        using var answer = await client.PostAsync("/board/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId, ["client_secret"] = Tokens.DevelopmentSecret(clientId),
        }));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }
}
