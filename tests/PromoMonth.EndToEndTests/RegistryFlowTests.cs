using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using PromoMonth.Contracts;

namespace PromoMonth.EndToEndTests;

/// <summary>The registry through the gateway: units register, the ministry reviews and publishes, the public reads.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegistryFlowTests(SystemFixture system)
{
    private const string Shanghai = "310000";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task A_unit_registers_the_ministry_approves_and_publishes_and_the_public_reads_JSON_JSON_LD_and_CSV()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var enterpriseId = await CreateAsync(unit, "/api/registry/enterprises", Samples.Enterprise(Shanghai));
        var title = $"上海金秋购物节-{Guid.NewGuid():N}"[..20];
        var activityId = await CreateAsync(unit, "/api/registry/activities",
            Samples.OfflineActivity(Shanghai, "310100", [enterpriseId], title));

        await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/registry/activities/{activityId}/submit", unit);
        var approved = await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/registry/activities/{activityId}/approve", ministry);
        var release = await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });

        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(
            ["create", "submit", "approve"],
            approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Contains(activityId, release.GetProperty("changes").GetProperty("added").EnumerateArray().Select(a => a.GetString()));
        var version = release.GetProperty("version").GetInt32();

        // JSON, anonymously, from the exact release.
        var search = $"q={Uri.EscapeDataString(title)}";
        using var json = await system.Gateway.GetAsync($"/api/catalog/releases/{version}/activities?{search}");
        var page = await json.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var entry = page.GetProperty("items")[0];
        Assert.Equal(title, entry.GetProperty("title").GetString());
        Assert.Equal("上海市", entry.GetProperty("regionName").GetString());
        var body = await json.Content.ReadAsStringAsync();
        Assert.DoesNotContain("13800000009", body, StringComparison.Ordinal);
        Assert.DoesNotContain("13900000001", body, StringComparison.Ordinal);

        // JSON-LD by Accept, expanded by the reference processor with schema.org terms.
        using var ldRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/releases/{version}/activities?{search}");
        ldRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        using var ld = await system.Gateway.SendAsync(ldRequest);
        Assert.Equal("application/ld+json", ld.Content.Headers.ContentType?.MediaType);
        var expanded = JsonDocument.Parse(await JsonLdProcessor.ExpandAsync(await ld.Content.ReadAsStringAsync())).RootElement;
        var series = expanded[0];
        Assert.Contains("https://schema.org/EventSeries", series.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        var ev = series.GetProperty("https://schema.org/subEvent")[0];
        Assert.Contains("https://schema.org/SaleEvent", ev.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        string? IdOf(string property) => ev.GetProperty($"https://schema.org/{property}")[0].GetProperty("@id").GetString();
        Assert.Equal("https://schema.org/EventScheduled", IdOf("eventStatus"));
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", IdOf("eventAttendanceMode"));
        Assert.Equal(series.GetProperty("@id").GetString(), IdOf("superEvent"));
        Assert.Contains(
            "https://schema.org/Place",
            ev.GetProperty("https://schema.org/location")[0].GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith(
            system.Gateway.BaseAddress!.GetLeftPart(UriPartial.Authority), series.GetProperty("@id").GetString(), StringComparison.Ordinal);

        // CSV by extension, UTF-8 with a byte-order mark so Excel keeps the Chinese.
        using var csv = await system.Gateway.GetAsync($"/api/catalog/releases/{version}/activities.csv?{search}");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(title, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_unit_can_neither_see_nor_change_a_draft()
    {
        var owner = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var other = await Tokens.ForAsync(system.Gateway, "unit-320000");
        var draftId = await CreateAsync(owner, "/api/registry/activities", Samples.OfflineActivity(Shanghai, "310100"));

        await ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/registry/activities/{draftId}", other);
        await ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/api/registry/activities/{draftId}", other,
            Samples.OfflineActivity(Shanghai, "310100", title: "篡改"));
        await ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/registry/activities/{draftId}/submit", other);
        await ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, "/api/registry/activities", other,
            Samples.OfflineActivity(Shanghai, "310100"));
        var unchanged = await ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/registry/activities/{draftId}", owner);
        Assert.Equal("draft", unchanged.GetProperty("status").GetString());
        Assert.Equal("上海夜生活节", unchanged.GetProperty("details").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Wrong_transitions_answer_409_and_bad_input_422_and_neither_changes_anything()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var draftId = await CreateAsync(unit, "/api/registry/activities", Samples.OfflineActivity(Shanghai, "310100"));

        var conflict = await ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/registry/activities/{draftId}/approve", ministry);
        Assert.Contains("draft", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/registry/activities/{draftId}/cancel", unit,
            new { reason = "不办了" });
        var invalid = await ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, "/api/registry/activities", unit, new
        {
            title = "",
            regionCode = Shanghai,
            cityCode = "310100",
            attendanceMode = "offline",
            startsAt = "2020-09-12T18:00:00+08:00",
            endsAt = "2020-09-11T18:00:00+08:00",
            category = "retail",
            participatingEnterpriseIds = new[] { Guid.NewGuid() },
        });
        var fields = invalid.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in new[] { "title", "endsAt", "organiser", "emergencyPlan", "epidemicPreventionPlan", "emergencyContact" })
        {
            Assert.Contains(field, fields);
        }
        var still = await ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/api/registry/activities/{draftId}", unit);
        Assert.Equal(["create"], still.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Postponed_and_cancelled_activities_show_in_the_next_release_and_old_dates_are_kept()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var start = new DateTimeOffset(2020, 9, 20, 10, 0, 0, Beijing);
        var moved = await ApprovedActivityAsync(unit, ministry, start);
        var dropped = await ApprovedActivityAsync(unit, ministry, start);
        await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });

        var postponed = await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/registry/activities/{moved}/postpone", unit,
            new { startsAt = start.AddDays(10), endsAt = start.AddDays(10).AddHours(5), reason = "台风预警" });
        await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/registry/activities/{dropped}/cancel", unit, new { reason = "场地不可用" });
        var release = await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });

        var step = postponed.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("postpone", step.GetProperty("action").GetString());
        Assert.Equal(start, step.GetProperty("previousStartsAt").GetDateTimeOffset());
        var changes = release.GetProperty("changes");
        Assert.Contains(moved, changes.GetProperty("changed").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(dropped, changes.GetProperty("cancelled").EnumerateArray().Select(a => a.GetString()));
        using var entry = await system.Gateway.GetAsync($"/api/catalog/activities/{moved}");
        var shown = await entry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("postponed", shown.GetProperty("status").GetString());
        Assert.Equal(start, shown.GetProperty("originalStartsAt").GetDateTimeOffset());
        using var gone = await system.Gateway.GetAsync($"/api/catalog/activities/{dropped}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_catalog_answers_304_to_a_matching_ETag()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });
        using var first = await system.Gateway.GetAsync("/api/catalog/releases/1/activities?pageSize=5");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/catalog/releases/1/activities?pageSize=5");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await system.Gateway.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_commitment_letter_is_signed_and_its_scan_type_checked_from_the_bytes()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var enterpriseId = await CreateAsync(unit, "/api/registry/enterprises", Samples.Enterprise(Shanghai));

        object Commitment(bool integrity) => new
        {
            safety = true,
            integrity,
            selfDiscipline = true,
            signatory = "王伟",
            signatoryTitle = "总经理",
            signedOn = "2020-09-01",
        };
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", unit,
            Commitment(integrity: false));
        var signed = await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/registry/enterprises/{enterpriseId}/commitment", unit,
            Commitment(integrity: true));
        Assert.Equal("王伟", signed.GetProperty("commitment").GetProperty("signatory").GetString());

        using var fakePdf = await UploadAsync(unit, enterpriseId, "application/pdf", Encoding.UTF8.GetBytes("not really a pdf"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, fakePdf.StatusCode);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        using var scan = await UploadAsync(unit, enterpriseId, "application/octet-stream", png);
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        using var download = await system.Gateway.SendAsync(
            HttpMethod.Get, $"/api/registry/enterprises/{enterpriseId}/commitment/document", unit);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_safety_incident_event_flags_the_activity_for_the_ministry()
    {
        var unit = await Tokens.ForAsync(system.Gateway, $"unit-{Shanghai}");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var activityId = await ApprovedActivityAsync(unit, ministry, new DateTimeOffset(2020, 9, 15, 10, 0, 0, Beijing));

        // Published as the complaints service will: SafetyIncidentReported on the system's own broker.
        var broker = await system.App.GetConnectionStringAsync("rabbitmq");
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(broker!)));
        await bus.StartAsync();
        try
        {
            var incident = new SafetyIncidentReported
            {
                IncidentId = Guid.NewGuid(),
                ActivityId = Guid.Parse(activityId),
                Kind = "crowding",
                Summary = "入口拥挤",
                ReportedAt = DateTimeOffset.UtcNow,
            };
            await bus.Publish(incident);
            await bus.Publish(incident);
        }
        finally
        {
            await bus.StopAsync();
        }

        var flagged = await Eventually.FoundAsync<JsonElement>(
            async () =>
            {
                using var list = await system.Gateway.SendAsync(
                    HttpMethod.Get, "/api/registry/activities?safetyFlagged=true&pageSize=500", ministry);
                return (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                    .Where(a => a.GetProperty("id").GetString() == activityId)
                    .Select(a => (JsonElement?)a)
                    .FirstOrDefault();
            },
            $"activity {activityId} to be listed as safety-flagged");
        Assert.Single(flagged.GetProperty("safetyIncidents").EnumerateArray());
    }

    [Fact]
    public async Task A_linked_region_confirms_readiness_and_the_public_programme_shows_it_without_phone_numbers()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var unit = await Tokens.ForAsync(system.Gateway, "unit-330200");
        var linkup = await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/launch/linkups", ministry,
            new
            {
                regionCode = "330200",
                slotStartsAt = "2020-09-08T19:30:00+08:00",
                slotEndsAt = "2020-09-08T19:40:00+08:00",
                venue = "宁波天一广场",
            });
        var id = linkup.GetProperty("id").GetString();
        var linkupPath = $"/api/registry/launch/linkups/{id}";

        await ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{linkupPath}/liaison", unit, new { name = "赵六", phone = "13700000007" });
        await ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, $"{linkupPath}/readiness", unit, new { status = "failed" });
        await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{linkupPath}/readiness", unit, new { status = "ready", notes = "双路信号已测试" });

        var programme = await Eventually.FoundAsync<JsonElement>(
            async () =>
            {
                using var response = await system.Gateway.GetAsync("/api/catalog/launch");
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("13700000007", body, StringComparison.Ordinal);
                var linkups = JsonDocument.Parse(body).RootElement.GetProperty("linkups").EnumerateArray();
                return linkups
                    .Where(l => l.GetProperty("regionCode").GetString() == "330200" && l.GetProperty("readiness").GetString() == "ready")
                    .Select(l => (JsonElement?)l)
                    .FirstOrDefault();
            },
            "the public programme to show 330200's link-up as ready");
        Assert.Equal("宁波天一广场", programme.GetProperty("venue").GetString());
    }

    [Fact]
    public async Task The_same_enterprise_registers_once_in_each_campaign_and_every_service_follows_the_latest_registration()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        // An earlier campaign, so that 2020 stays the current one for the other tests.
        var code = $"T{Guid.NewGuid():N}"[..8];
        var next = await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/campaigns", ministry,
            new { code, name = "2019年消费促进月（补录）", windowStart = "2019-09-09", windowEnd = "2019-10-08", launchDate = "2019-09-08" });
        var creditCode = CreditCodes.Fresh(Shanghai);

        var first = await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/enterprises", ministry,
            new { campaignId = next.GetProperty("id").GetString(), creditCode, name = "上海某商场", regionCode = Shanghai });
        await ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/registry/enterprises", ministry,
            new { campaignId = next.GetProperty("id").GetString(), creditCode, name = "另一个名字", regionCode = Shanghai });
        var campaigns = await ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, "/api/registry/campaigns", ministry);
        var campaign2020 = campaigns.EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "2020")
            .GetProperty("id").GetString();
        var second = await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/registry/enterprises", ministry,
            new { campaignId = campaign2020, creditCode, name = "上海某商场", regionCode = Shanghai });

        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        var known = await Eventually.HoldsAsync(
            () => system.Gateway.AnswerAsync(HttpMethod.Get, $"/api/licensing/enterprises/{creditCode}", ministry),
            answer => answer.Status == HttpStatusCode.OK
                && answer.Json.GetProperty("enterpriseId").GetString() == second.GetProperty("id").GetString(),
            "licensing to follow the latest registration");
        Assert.Equal(Shanghai, known.Json.GetProperty("regionCode").GetString());
    }

    private async Task<string> ApprovedActivityAsync(string unit, string ministry, DateTimeOffset startsAt)
    {
        var id = await CreateAsync(unit, "/api/registry/activities", Samples.OfflineActivity(Shanghai, "310100", startsAt: startsAt));
        await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/registry/activities/{id}/submit", unit);
        await ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/api/registry/activities/{id}/approve", ministry);
        return id;
    }

    private async Task<string> CreateAsync(string token, string path, object body) =>
        (await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, path, token, body)).GetProperty("id").GetString()!;

    private async Task<JsonElement> ExpectAsync(HttpStatusCode expected, HttpMethod method, string path, string token, object? body = null)
    {
        using var response = await system.Gateway.SendAsync(method, path, token, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> UploadAsync(string token, string enterpriseId, string contentType, byte[] content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/enterprises/{enterpriseId}/commitment/document")
            .Authorized(token);
        request.Content = new ByteArrayContent(content);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await system.Gateway.SendAsync(request);
    }
}
