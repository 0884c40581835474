using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

[Collection(ServersCollection.Name)]
public sealed class CaseListTests(ServersFixture servers)
{
    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    [Fact]
    public async Task An_anonymous_caller_is_answered_401()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(null);
        using var response = await http.GetAsync("/api/complaints/cases");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_handlers_list_holds_the_cases_received_within_the_days_asked_for()
    {
        var service = await ServiceAsync();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var earlier = CaseSamples.Case(regionCode: "330000");
        earlier["receivedAt"] = DateTimeOffset.UtcNow.AddDays(-10);
        var earlierId = await CaseSamples.PostAsync(service, earlier);
        var recentId = await CaseSamples.PostAsync(service, CaseSamples.Case(regionCode: "330000"));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));

        var days = $"from={today.AddDays(-3):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var path = $"/api/complaints/cases?regionCode=330000&status=received&{days}&pageSize=500";
        var page = await ministry.GetFromJsonAsync<JsonElement>(path);

        var ids = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(recentId, ids);
        Assert.DoesNotContain(earlierId, ids);
        Assert.Equal(ids.Count, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Days_that_run_backwards_are_a_400_naming_from()
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));

        using var response = await ministry.GetAsync("/api/complaints/cases?from=2020-10-08&to=2020-10-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("from (2020-10-08) is after to (2020-10-01).", errors.GetProperty("from")[0].GetString());
    }

    [Fact]
    public async Task A_page_below_one_is_a_400_naming_the_field()
    {
        var service = await ServiceAsync();
        using var http = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));
        using var response = await http.GetAsync("/api/complaints/cases?page=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page starts at 1.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_the_next_links_reads_the_cases_the_numbered_pages_hold_in_the_same_order()
    {
        var service = await ServiceAsync();
        for (var i = 0; i < 7; i++)
        {
            await CaseSamples.PostAsync(service, CaseSamples.Case(regionCode: "540000"));
        }
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));
        const string List = "/api/complaints/cases?regionCode=540000&status=received&pageSize=3";

        var numbered = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var answer = await ministry.GetFromJsonAsync<JsonElement>($"{List}&page={page}");
            numbered.AddRange(Ids(answer));
        }
        var followed = new List<Guid>();
        var pages = new List<int>();
        string? next = $"{List}&page=1";
        while (next is not null)
        {
            using var response = await ministry.GetAsync(next);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
            followed.AddRange(Ids(answer));
            pages.Add(answer.GetProperty("page").GetInt32());
            next = NextLink(response);
            Assert.True(pages.Count <= 3, "the links ran past the last page");
        }

        Assert.Equal(7, numbered.Count);
        Assert.Equal(numbered, followed);
        Assert.Equal([1, 2, 3], pages);
    }

    [Theory]
    [InlineData("after=not-a-cursor")]
    [InlineData("after=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // too long
    [InlineData("after=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // the right length, leading to page 0
    [InlineData("page=2&after=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAg")] // a well-formed cursor beside a page number
    public async Task A_cursor_the_list_did_not_give_is_a_400_naming_after(string query)
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));

        using var response = await ministry.GetAsync($"/api/complaints/cases?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("after", out _), errors.ToString());
    }

    private static IEnumerable<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid());

    /// <summary>The target of the Link header's rel="next", or null on the last page.</summary>
    private static string? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links)
            ? links.Select(l => System.Text.RegularExpressions.Regex.Match(l, "^<([^>]+)>; rel=\"next\"$"))
                .Where(m => m.Success).Select(m => m.Groups[1].Value).SingleOrDefault()
            : null;
}
