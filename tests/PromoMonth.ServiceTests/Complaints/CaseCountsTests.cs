using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceTests.Infrastructure;

namespace PromoMonth.ServiceTests.Complaints;

/// <summary>Counts per unit and category, and the CSV export: ranges of days, and what each caller sees.</summary>
[Collection(ServersCollection.Name)]
public sealed class CaseCountsTests(ServersFixture servers)
{
    private Task<ServiceHost<ComplaintsDbContext>> ServiceAsync() => servers.ServiceAsync<ComplaintsDbContext>("complaints-db");

    [Theory]
    [InlineData("/api/complaints/counts?from=2020-10-08&to=2020-10-01")]
    [InlineData("/api/complaints/cases/export.csv?from=2020-10-08&to=2020-10-01")]
    public async Task A_range_that_ends_before_it_starts_is_a_400_naming_from(string path)
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));

        using var response = await ministry.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("from (2020-10-08) is after to (2020-10-01).", errors.GetProperty("from")[0].GetString());
    }

    [Fact]
    public async Task A_day_that_is_no_date_is_a_400()
    {
        var service = await ServiceAsync();
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));

        using var response = await ministry.GetAsync("/api/complaints/counts?from=2020-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_unit_counts_its_own_cases_only_and_the_triage_queue_is_named()
    {
        var service = await ServiceAsync();
        await CaseSamples.PostAsync(service, CaseSamples.Case());
        await CaseSamples.PostAsync(service, CaseSamples.Case(regionCode: "320000"));
        await CaseSamples.PostAsync(service, CaseSamples.Case(regionCode: null));
        using var unit = service.ClientAs(TestClient.Unit(CaseSamples.Shanghai, Scopes.ComplaintsHandle));
        using var ministry = service.ClientAs(TestClient.Ministry(Scopes.ComplaintsHandle));

        var own = await unit.GetFromJsonAsync<JsonElement>("/api/complaints/counts");
        var all = await ministry.GetFromJsonAsync<JsonElement>("/api/complaints/counts");

        Assert.All(own.EnumerateArray(), row => Assert.Equal(CaseSamples.Shanghai, row.GetProperty("regionCode").GetString()));
        Assert.Contains(own.EnumerateArray(), row => row.GetProperty("open").GetInt32() >= 1);
        var regions = all.EnumerateArray().Select(row => row.GetProperty("regionCode").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { CaseSamples.Shanghai, "320000", "triage" }, regions);
    }

    [Fact]
    public async Task A_hotlines_export_masks_the_complainant()
    {
        var service = await ServiceAsync();
        await CaseSamples.PostAsync(service, CaseSamples.Case());
        using var hotline = service.ClientAs(TestClient.Hotline(Scopes.ComplaintsIntake));

        using var export = await hotline.GetAsync("/api/complaints/cases/export.csv");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Contains("139****5678", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", csv, StringComparison.Ordinal);
    }
}
