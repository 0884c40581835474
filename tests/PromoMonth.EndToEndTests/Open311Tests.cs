using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>An Open311 GeoReport v2 client, unchanged, against the gateway: the spec's fields in and out.</summary>
[Collection(SystemCollection.Name)]
public sealed class Open311Tests(SystemFixture system)
{
    [Fact]
    public async Task A_hotline_with_an_api_key_posts_lists_and_reads_requests_in_the_specs_shape()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        using var issued = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/open311-keys", ministry,
            new { hotlineClientId = "hotline-12345-shanghai" });
        var key = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var apiKey = key.GetProperty("apiKey").GetString()!;
        var apiKeyQuery = $"api_key={Uri.EscapeDataString(apiKey)}";

        using var services = await system.Gateway.GetAsync("/open311/v2/services.json");
        var codes = (await services.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Select(s => s.GetProperty("service_code").GetString())
            .ToList();
        Assert.Contains("counterfeitGoods", codes);

        var form = new Dictionary<string, string>
        {
            ["api_key"] = apiKey,
            ["service_code"] = "price",
            ["description"] = "活动期间先涨价后打折",
            ["first_name"] = "明",
            ["last_name"] = "王",
            ["phone"] = "13912345678",
            ["address_string"] = "上海市徐汇区某路1号",
            ["attribute[respondent_name]"] = "某百货商店",
            ["attribute[respondent_region]"] = "310000",
            ["attribute[case_reference]"] = $"sh-{Guid.NewGuid():N}"[..20],
        };
        using var posted = await system.Gateway.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
        using var again = await system.Gateway.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString();
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString());

        using var one = await system.Gateway.GetAsync($"/open311/v2/requests/{id}.json?{apiKeyQuery}");
        var request = (await one.Content.ReadFromJsonAsync<JsonElement>())[0];
        string[] fields =
        [
            "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
            "requested_datetime", "updated_datetime", "expected_datetime",
        ];
        foreach (var field in fields)
        {
            Assert.True(request.TryGetProperty(field, out _), field);
        }
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("上海市商务主管部门", request.GetProperty("agency_responsible").GetString());

        using var open = await system.Gateway.GetAsync($"/open311/v2/requests.json?{apiKeyQuery}&status=open&service_code=price");
        Assert.Contains(
            (await open.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(),
            r => r.GetProperty("service_request_id").GetString() == id);

        // Errors in the spec's shape; a revoked key stops at once.
        form.Remove("attribute[respondent_name]");
        form["attribute[case_reference]"] = $"sh-{Guid.NewGuid():N}"[..20];
        using var invalid = await system.Gateway.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var error = (await invalid.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.Contains("attribute[respondent_name]", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        var keyId = key.GetProperty("id").GetString();
        (await system.Gateway.SendAsync(HttpMethod.Post, $"/api/complaints/open311-keys/{keyId}/revoke", ministry)).Dispose();
        using var revoked = await system.Gateway.GetAsync($"/open311/v2/requests/{id}.json?{apiKeyQuery}");
        Assert.Equal(HttpStatusCode.Forbidden, revoked.StatusCode);
        Assert.Equal(403, (await revoked.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("code").GetInt32());
    }
}
