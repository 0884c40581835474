using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>Hotlines post cases through the gateway: idempotent by their own reference, routed, on statutory clocks.</summary>
[Collection(SystemCollection.Name)]
public sealed class ComplaintsIntakeTests(SystemFixture system)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_case_against_a_registered_enterprise_routes_to_its_region_and_a_retry_gets_the_first_answer()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-440300");
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var creditCode = CreditCodes.Fresh("440300");
        (await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", unit,
            new { creditCode, name = "深圳某电器城", regionCode = "440300" })).Dispose();
        await Eventually.HoldsAsync(
            async () =>
            {
                using var known = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/complaints/respondents/{creditCode}", unit);
                return known.StatusCode;
            },
            status => status == HttpStatusCode.OK,
            "complaints to know the registered respondent");
        var reference = $"12315-{Guid.NewGuid():N}"[..24];
        // Received the day before the 2020 National Day break: the acceptance clock runs past it.
        var receivedAt = new DateTimeOffset(2020, 9, 30, 15, 0, 0, Beijing);
        var body = Samples.Case(creditCode, regionCode: null, reference: reference, receivedAt: receivedAt);

        using var first = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, body);
        using var retry = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, body);
        using var clash = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(creditCode, reference: reference));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var posted = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("440300", posted.GetProperty("responsibleRegion").GetString());
        Assert.Equal("registeredEnterprise", posted.GetProperty("routedBy").GetString());
        Assert.Equal(new DateTimeOffset(2020, 10, 17, 0, 0, 0, Beijing), posted.GetProperty("acceptanceDueAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var retried = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(posted.GetProperty("id").GetString(), retried.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
    }

    [Fact]
    public async Task Each_case_is_seen_by_its_hotline_its_region_and_the_ministry_only_and_lists_mask_the_complainant()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(regionCode: "320000"));
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var readers = new[]
        {
            ("hotline-12315", HttpStatusCode.OK),
            ("unit-320000", HttpStatusCode.OK),
            ("ministry", HttpStatusCode.OK),
            ("hotline-12345-shanghai", HttpStatusCode.NotFound),
            ("unit-310000", HttpStatusCode.NotFound),
        };
        foreach (var (client, expected) in readers)
        {
            var token = await Tokens.ForAsync(system.Gateway, client);
            using var read = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/complaints/cases/{id}", token);
            Assert.True(read.StatusCode == expected, $"{client}: {(int)read.StatusCode}");
        }
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using var list = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases?regionCode=320000&pageSize=500", ministry);
        var listed = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == id);
        Assert.Equal("139****5678", listed.GetProperty("complainant").GetProperty("phone").GetString());
        Assert.Equal("王**", listed.GetProperty("complainant").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Without_an_enterprise_or_region_a_case_routes_by_its_activity_else_to_the_ministrys_triage()
    {
        var unit = await Tokens.ForAsync(system.Gateway, "unit-330200");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        using var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/registry/activities", unit,
            Samples.OfflineActivity("330200", "330200", title: "宁波购物节"));
        var activityId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{activityId}/submit", unit)).Dispose();
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/registry/activities/{activityId}/approve", ministry)).Dispose();

        var byActivity = await Eventually.HoldsAsync(
            async () =>
            {
                using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
                    Samples.Case(regionCode: null, activityId: activityId));
                return await posted.Content.ReadFromJsonAsync<JsonElement>();
            },
            body => body.GetProperty("routedBy").GetString() == "catalogActivity",
            "a case naming the approved activity to be routed by the catalog");
        using var unrouted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(regionCode: null));
        var triage = await unrouted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("330200", byActivity.GetProperty("responsibleRegion").GetString());
        Assert.Equal("ministryTriage", triage.GetProperty("routedBy").GetString());
        Assert.Equal(JsonValueKind.Null, triage.GetProperty("responsibleRegion").ValueKind);
    }

    [Fact]
    public async Task A_case_missing_its_required_facts_gets_a_422_naming_each_field_and_is_not_created()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12345-shanghai");
        var reference = $"12345-{Guid.NewGuid():N}"[..24];

        using var rejected = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, new
        {
            hotlineReference = reference,
            channel = "phone",
            kind = "complaint",
            category = "price",
            complainant = new { name = "李" },
            respondent = new { creditCode = "91310000MA1FL1234R" },
            amountInvolved = 1.234m,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        var fields = (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .Select(p => p.Name)
            .ToList();
        string[] required =
        [
            "receivedAt", "complainant.phone", "complainant.address", "respondent.name", "respondent.creditCode", "description",
            "amountInvolved",
        ];
        foreach (var field in required)
        {
            Assert.Contains(field, fields);
        }
        using var list = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases?pageSize=500", hotline);
        Assert.DoesNotContain(
            (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray(),
            c => c.GetProperty("hotlineReference").GetString() == reference);
    }

    [Fact]
    public async Task Statistics_counts_each_received_case_for_its_unit_and_category()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var before = await CountAsync(ministry, "620000", "CounterfeitGoods");

        using var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline,
            Samples.Case(regionCode: "620000"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);

        await Eventually.HoldsAsync(
            () => CountAsync(ministry, "620000", "CounterfeitGoods"),
            count => count == before + 1,
            $"statistics to count {before + 1} counterfeit-goods cases for 620000");
        var gansu = await Tokens.ForAsync(system.Gateway, "unit-620000");
        using var own = await system.Gateway.SendAsync(HttpMethod.Get, "/api/statistics/complaint-counts?regionCode=110000", gansu);
        Assert.All(
            (await own.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(),
            row => Assert.Equal("620000", row.GetProperty("regionCode").GetString()));
    }

    private async Task<int> CountAsync(string token, string region, string category)
    {
        using var response = await system.Gateway.SendAsync(
            HttpMethod.Get, $"/api/statistics/complaint-counts?regionCode={region}", token);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(r => r.GetProperty("category").GetString() == category).Sum(r => r.GetProperty("received").GetInt32());
    }
}
