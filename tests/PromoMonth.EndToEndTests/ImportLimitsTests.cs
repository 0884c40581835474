using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>A bulk import through the gateway is bounded: past the row cap 413 with nothing stored; a refusal lists 100 rows.</summary>
[Collection(SystemCollection.Name)]
public sealed class ImportLimitsTests(SystemFixture system)
{
    private const string Header = "period,orgUnit,dataElement,city,enterprise,value,comment\n";

    [Fact]
    public async Task An_import_past_the_row_cap_answers_413_and_a_refused_one_lists_the_first_rows_with_the_total()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var period = $"e2e-import-cap-{Guid.NewGuid():N}"[..40];
        using (var created = await system.Gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period, campaignCode = "2020", kind = "interim", name = "import cap", startsOn = "2020-09-09", endsOn = "2020-09-22",
            dueAt = DateTimeOffset.UtcNow.AddDays(30), graceWorkingDays = 3,
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        // One value more than the default cap of 500,000 (about 20 MB, well inside the gateway's 96 MB).
        var file = new StringBuilder(Header);
        for (var i = 0; i <= 500_000; i++)
        {
            file.Append(period).Append(",110000,activity_sessions,,,").Append(i % 1000).Append(",\n");
        }
        using var tooMany = await ImportAsync(ministry, file.ToString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        var detail = (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("500000 values", detail, StringComparison.Ordinal);
        using var stored = await system.Gateway.SendAsync(HttpMethod.Get, $"/api/statistics/reports/{period}/110000", ministry);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);

        var bad = new StringBuilder(Header);
        for (var i = 0; i < 250; i++)
        {
            bad.Append(period).Append(",110000,activity_sessions,,,not-a-number-").Append(i).Append(",\n");
        }
        using var refused = await ImportAsync(ministry, bad.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(250, problem.GetProperty("rejectedCount").GetInt32());
        var rows = problem.GetProperty("rejectedRows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, 100), rows);
    }

    private async Task<HttpResponseMessage> ImportAsync(string token, string csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/statistics/imports").Authorized(token);
        request.Content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await system.Gateway.SendAsync(request);
    }
}
