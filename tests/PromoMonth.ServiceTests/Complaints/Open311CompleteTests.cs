using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

/// <summary>
/// Open311 complete: service definitions whose attributes a post is held to, every GeoReport v2 field of a request,
/// and FixMyStreet's service-request updates that keep a reporter informed without ever repeating a handler's note.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class Open311CompleteTests(ServersFixture servers)
{
    private const string PersonalNote = "已联系投诉人王小明 13912345678";

    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    [Fact]
    public async Task Every_service_has_a_definition_of_the_attributes_its_requests_carry()
    {
        var service = await ServiceAsync();
        using var anonymous = service.ClientAs(null);

        var services = await anonymous.GetFromJsonAsync<JsonElement>("/open311/v2/services.json");
        var definition = await anonymous.GetFromJsonAsync<JsonElement>("/open311/v2/services/price.json");
        using var unknown = await anonymous.GetAsync("/open311/v2/services/noise.json");

        Assert.All(services.EnumerateArray(), s => Assert.True(s.GetProperty("metadata").GetBoolean()));
        Assert.Equal("price", definition.GetProperty("service_code").GetString());
        var attributes = definition.GetProperty("attributes").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!);
        Assert.True(attributes["respondent_name"].GetProperty("required").GetBoolean());
        Assert.Equal("number", attributes["amount_involved"].GetProperty("datatype").GetString());
        Assert.Equal(37, attributes["respondent_region"].GetProperty("values").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(404, (await unknown.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_post_is_held_to_the_definitions_datatypes_required_flags_and_declared_attributes()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));

        using var answer = await hotline.PostAsync("/open311/v2/requests.json", Form(Post(
            ("attribute[respondent_name]", ""), ("attribute[amount_involved]", "lots"), ("attribute[respondent_region]", "999999"),
            ("attribute[colour]", "red"), ("lat", "95"), ("long", "121.47"))));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var descriptions = (await answer.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Select(e => e.GetProperty("description").GetString()!).ToList();
        Assert.Contains("attribute[respondent_name]: required.", descriptions);
        Assert.Contains("attribute[amount_involved]: a number is expected.", descriptions);
        Assert.Contains("attribute[respondent_region]: one of the definition's value keys is expected.", descriptions);
        Assert.Contains(descriptions, d => d.StartsWith("attribute[colour]: not an attribute", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.StartsWith("lat/long: ", StringComparison.Ordinal));
        Assert.Single(descriptions, d => d.StartsWith("attribute[respondent_name]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_carries_its_location_amount_public_notes_and_the_deadline_a_suspension_moves()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));
        using var unit = service.ClientAs(TestClient.Unit("310000", Scopes.ComplaintsHandle));
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        using var posted = await hotline.PostAsync("/open311/v2/requests.json", Form(Post(
            ("lat", "31.2304"), ("long", "121.4737"), ("attribute[amount_involved]", "268.50"),
            ("media_url", "https://evidence.example.cn/receipt.jpg"))));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString();

        var received = await RequestAsync(hotline, id);
        using var suspended = await unit.PostAsJsonAsync(
            $"/api/complaints/cases/{id}/suspend", new { reason = "testing", note = PersonalNote });
        var whileSuspended = await RequestAsync(hotline, id);
        using var resumed = await unit.PostAsync($"/api/complaints/cases/{id}/resume", null);
        var afterwards = await RequestAsync(hotline, id);
        var updates = await hotline.GetFromJsonAsync<JsonElement>(
            $"/open311/v2/servicerequestupdates.json?start_date={Uri.EscapeDataString(since.ToString("O"))}");

        Assert.Equal((31.2304, 121.4737), (received.GetProperty("lat").GetDouble(), received.GetProperty("long").GetDouble()));
        Assert.Equal("https://evidence.example.cn/receipt.jpg", received.GetProperty("media_url").GetString());
        Assert.Equal("上海市商务主管部门", received.GetProperty("agency_responsible").GetString());
        Assert.StartsWith("已登记", received.GetProperty("status_notes").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, received.GetProperty("expected_datetime").ValueKind);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (suspended.StatusCode, resumed.StatusCode));
        Assert.StartsWith("检测期间暂停计时", whileSuspended.GetProperty("status_notes").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, whileSuspended.GetProperty("expected_datetime").ValueKind);
        Assert.StartsWith("恢复计时", afterwards.GetProperty("status_notes").GetString(), StringComparison.Ordinal);
        Assert.Equal(received.GetProperty("expected_datetime").GetString(), afterwards.GetProperty("expected_datetime").GetString());
        var mine = updates.EnumerateArray().Where(u => u.GetProperty("service_request_id").GetString() == id).ToList();
        Assert.Equal([$"{id}-0", $"{id}-1", $"{id}-2"], mine.Select(u => u.GetProperty("update_id").GetString()));
        Assert.Equal(["open", "in_progress", "in_progress"], mine.Select(u => u.GetProperty("status").GetString()));
        Assert.DoesNotContain("13912345678", updates.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", afterwards.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updates_need_the_hotlines_key_and_a_readable_window()
    {
        var service = await ServiceAsync();
        using var anonymous = service.ClientAs(null);
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));

        using var noKey = await anonymous.GetAsync("/open311/v2/servicerequestupdates.json");
        using var backwards = await hotline.GetAsync(
            "/open311/v2/servicerequestupdates.json?start_date=2020-10-10T00:00:00Z&end_date=2020-10-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.Forbidden, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(400, (await backwards.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("code").GetInt32());
    }

    private static async Task<JsonElement> RequestAsync(HttpClient hotline, string? id) =>
        (await hotline.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json"))[0];

    /// <summary>A complete post, with the given fields added or replacing the defaults.</summary>
    private static (string, string)[] Post(params (string Key, string Value)[] fields)
    {
        var form = new Dictionary<string, string>
        {
            ["service_code"] = "price", ["first_name"] = "明", ["last_name"] = "王", ["phone"] = "13912345678",
            ["address_string"] = "上海市徐汇区某路1号", ["description"] = "标价与结算价不符",
            ["attribute[case_reference]"] = $"o311-full-{Guid.NewGuid():N}"[..30],
            ["attribute[respondent_name]"] = "某超市", ["attribute[respondent_region]"] = "310000",
        };
        foreach (var (key, value) in fields)
        {
            form[key] = value;
        }
        return [.. form.Select(f => (f.Key, f.Value))];
    }

    private static FormUrlEncodedContent Form((string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}
