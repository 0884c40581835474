using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

/// <summary>Open311 GeoReport v2: form posts, the spec's error array, and a hotline's own requests.</summary>
[Collection(ServersCollection.Name)]
public sealed class Open311RequestsTests(ServersFixture servers)
{
    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    [Fact]
    public async Task A_post_that_is_not_a_form_is_a_400_in_the_specs_shape()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));

        using var response = await hotline.PostAsJsonAsync("/open311/v2/requests.json", new { service_code = "price" });

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "application/x-www-form-urlencoded");
    }

    [Fact]
    public async Task Without_a_key_or_token_the_answer_is_a_403_in_the_specs_shape()
    {
        var service = await ServiceAsync();
        using var anonymous = service.ClientAs(null);

        using var posted = await anonymous.PostAsync("/open311/v2/requests.json", Form(("service_code", "price")));
        using var unknownKey = await anonymous.GetAsync("/open311/v2/requests.json?api_key=not-a-key");

        await AssertErrorAsync(posted, HttpStatusCode.Forbidden, "api_key is missing, unknown or revoked.");
        await AssertErrorAsync(unknownKey, HttpStatusCode.Forbidden, "api_key is missing, unknown or revoked.");
    }

    [Fact]
    public async Task An_unknown_service_code_and_missing_fields_are_400s_naming_the_form_fields()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));

        using var unknownCode = await hotline.PostAsync("/open311/v2/requests.json", Form(("service_code", "noise")));
        using var incomplete = await hotline.PostAsync("/open311/v2/requests.json", Form(
            ("service_code", "price"), ("first_name", "明"), ("last_name", "王"), ("phone", "13912345678"), ("description", "价格不符")));

        await AssertErrorAsync(unknownCode, HttpStatusCode.BadRequest, "service_code is missing or not one of services.json.");
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = (await incomplete.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.All(errors, e => Assert.Equal(400, e.GetProperty("code").GetInt32()));
        var descriptions = errors.Select(e => e.GetProperty("description").GetString()).ToList();
        Assert.Contains(descriptions, d => d?.StartsWith("address_string: ", StringComparison.Ordinal) == true);
        Assert.Contains(descriptions, d => d?.StartsWith("attribute[respondent_name]: ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_complete_post_is_a_request_the_hotline_reads_back_and_a_repeat_finds_it()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));
        var reference = $"o311-st-{Guid.NewGuid():N}"[..24];
        var form = new[]
        {
            ("service_code", "price"), ("first_name", "明"), ("last_name", "王"), ("phone", "13912345678"),
            ("address_string", "上海市徐汇区某路1号"), ("description", "标价与结算价不符"), ("attribute[case_reference]", reference),
            ("attribute[respondent_name]", "某超市"), ("attribute[respondent_region]", "310000"),
        };

        using var posted = await hotline.PostAsync("/open311/v2/requests.json", Form(form));
        using var again = await hotline.PostAsync("/open311/v2/requests.json", Form(form));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString();
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString());
        var request = (await hotline.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json"))[0];
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("price", request.GetProperty("service_code").GetString());
        using var unknown = await hotline.GetAsync($"/open311/v2/requests/{Guid.NewGuid()}.json");
        await AssertErrorAsync(unknown, HttpStatusCode.NotFound, "No request ");
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string description)
    {
        Assert.Equal(status, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal((int)status, error.GetProperty("code").GetInt32());
        Assert.Contains(description, error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
