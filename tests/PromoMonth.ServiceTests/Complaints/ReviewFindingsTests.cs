using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

/// <summary>
/// Cases at the edges the suspended clocks and Open311 opened: amounts the store cannot keep, a suspended case past its
/// deadline in the lists, and two handlers' steps on one case at the same moment.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class ReviewFindingsTests(ServersFixture servers)
{
    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    [Fact]
    public async Task An_amount_larger_than_the_store_keeps_is_a_422_and_a_separator_in_an_Open311_amount_a_400()
    {
        var service = await ServiceAsync();
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));
        var body = CaseSamples.Case();
        body["amountInvolved"] = 10_000_000_000_000m;

        using var tooLarge = await hotline.PostAsJsonAsync("/api/complaints/cases", body);
        using var separator = await hotline.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(
        [
            new("service_code", "price"), new("first_name", "明"), new("last_name", "王"), new("phone", "13912345678"),
            new("address_string", "上海市徐汇区某路1号"), new("description", "标价与结算价不符"),
            new("attribute[respondent_name]", "某超市"), new("attribute[amount_involved]", "12,50"),
        ]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, separator.StatusCode);
        var error = (await separator.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("description").GetString();
        Assert.Equal("attribute[amount_involved]: a number is expected.", error);
    }

    [Fact]
    public async Task A_suspended_case_past_its_acceptance_deadline_is_in_no_overdue_list_or_count()
    {
        var service = await ServiceAsync();
        var body = CaseSamples.Case();
        // Received in 2021: its seven working days ran out long ago.
        body["receivedAt"] = new DateTimeOffset(2021, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var id = await CaseSamples.PostAsync(service, body);
        using var unit = service.ClientAs(TestClient.Unit(CaseSamples.Shanghai, Scopes.ComplaintsHandle));

        Assert.True(await InOverdueListAsync(unit, id));
        (await unit.PostAsJsonAsync($"/api/complaints/cases/{id}/suspend", new { reason = "testing" })).EnsureSuccessStatusCode();

        Assert.False(await InOverdueListAsync(unit, id));
        var view = await unit.GetFromJsonAsync<JsonElement>($"/api/complaints/cases/{id}");
        Assert.False(view.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Of_two_steps_on_one_case_at_the_same_moment_each_answered_200_is_in_its_history()
    {
        var service = await ServiceAsync();
        using var first = service.ClientAs(TestClient.Unit(CaseSamples.Shanghai, Scopes.ComplaintsHandle));
        using var second = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));
        for (var round = 0; round < 8; round++)
        {
            var id = await CaseSamples.PostAsync(service, CaseSamples.Case());

            var answers = await Task.WhenAll(
                first.PostAsync($"/api/complaints/cases/{id}/accept", null),
                second.PostAsJsonAsync($"/api/complaints/cases/{id}/suspend", new { reason = "testing" }));

            var history = (await first.GetFromJsonAsync<JsonElement>($"/api/complaints/cases/{id}")).GetProperty("history")
                .EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
            Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
            Assert.Equal(answers[0].StatusCode == HttpStatusCode.OK, history.Contains("accept"));
            Assert.Equal(answers[1].StatusCode == HttpStatusCode.OK, history.Contains("suspend"));
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    private static async Task<bool> InOverdueListAsync(HttpClient unit, Guid id)
    {
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/complaints/cases?overdue=true&pageSize=500");
        return list.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("id").GetGuid() == id);
    }
}
